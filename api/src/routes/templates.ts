import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { UpdateBrandingBody } from '../branding/schemas.ts';
import { fieldList } from '../templates/fields.ts';
import { TemplateFieldList, TemplateList, TemplateParams } from '../templates/schemas.ts';
import { previewTemplate } from '../templates/template-preview.ts';
import { errorResponses } from '../schemas.ts';
import { CARD_LANGUAGES } from '../shared/languages.ts';
import { PdfResponse, pdfHeaders } from './pdf-response.ts';

const PreviewBody = Type.Object(
  { branding: Type.Optional(UpdateBrandingBody), language: Type.Optional(Type.Enum([...CARD_LANGUAGES])) },
  { additionalProperties: false, description: 'Unsaved branding values to preview over the saved ones' },
);

const PreviewQuery = Type.Object(
  { language: Type.Optional(Type.Enum([...CARD_LANGUAGES], { description: 'Card language of the sample card: en, cy or bilingual (default en)' })) },
  { additionalProperties: false },
);

/** Card and sheet layouts (templates/ folder): list, field registry, previews with sample data. Any signed-in staff. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const common = { tags: ['templates'], security: [{ bearer: [] }] };
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/api/templates',
    { schema: { ...common, summary: 'Card and sheet layouts', response: { 200: TemplateList, ...errorResponses } } },
    async () => ({ items: app.deps.templates.summaries }),
  );

  app.get(
    '/api/templates/fields',
    { schema: { ...common, summary: 'The fields templates can print, with sample values', response: { 200: TemplateFieldList, ...errorResponses } } },
    async () => fieldList(),
  );

  app.get(
    '/api/templates/:id/preview',
    {
      schema: {
        ...common,
        summary: 'A template rendered with sample data and the saved branding (PDF)',
        produces: ['application/pdf'],
        params: TemplateParams,
        querystring: PreviewQuery,
        response: { 200: PdfResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      return pdfHeaders(reply).send(await previewTemplate(app.deps, { templateId: request.params.id, language: request.query.language }));
    },
  );

  app.post(
    '/api/templates/:id/preview',
    {
      schema: {
        ...common,
        summary: 'A template rendered with sample data and unsaved branding (PDF), for live previews',
        produces: ['application/pdf'],
        params: TemplateParams,
        body: PreviewBody,
        response: { 200: PdfResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      return pdfHeaders(reply).send(await previewTemplate(app.deps, { templateId: request.params.id, draft: request.body.branding, language: request.body.language }));
    },
  );
};

export default routes;
