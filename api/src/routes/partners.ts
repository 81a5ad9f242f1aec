import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedIn } from '../plugins/auth.ts';
import { answerLanguage } from '../locales/public-language.ts';
import { getBenefitDirectory } from '../partners/benefit-directory.ts';
import { createBenefit } from '../partners/create-benefit.ts';
import { createPartnerKey } from '../partners/create-partner-key.ts';
import { createPartner } from '../partners/create-partner.ts';
import { getPartner } from '../partners/get-partner.ts';
import { getPartnerLink } from '../partners/get-partner-link.ts';
import { getScanStats } from '../partners/get-scan-stats.ts';
import { listBenefits } from '../partners/list-benefits.ts';
import { listPartnerKeys } from '../partners/list-partner-keys.ts';
import { listPartners } from '../partners/list-partners.ts';
import { partnerSetupSheet } from '../partners/partner-setup-sheet.ts';
import { revokePartnerKey } from '../partners/revoke-partner-key.ts';
import { sendPartnerLink } from '../partners/send-partner-link.ts';
import { updateBenefit } from '../partners/update-benefit.ts';
import { updatePartner } from '../partners/update-partner.ts';
import {
  BenefitDirectory, BenefitList, BenefitListQuery, BenefitResponse, CreateBenefitBody, CreatedPartnerKey, CreatePartnerBody, CreatePartnerKeyBody,
  PartnerKeyList, PartnerKeyParams, PartnerLink, PartnerLinkParams, PartnerKeyResponse, PartnerList, PartnerResponse, ScanStats, SentPartnerLink, ScanStatsQuery, UpdateBenefitBody, UpdatePartnerBody,
} from '../partners/schemas.ts';
import { errorResponses, IdParams } from '../schemas.ts';
import { PdfResponse, pdfHeaders } from './pdf-response.ts';
import { PUBLIC_CORS } from './public-cors.ts';

/** Partners, their benefits, API keys and scan counts. Staff read partners and benefits; admins change them. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const common = { tags: ['partners'], security: [{ bearer: [] }] };
  const staff = { onRequest: app.authenticate };
  const admin = { onRequest: app.requireAdmin };

  app.get('/api/partners', { ...staff, schema: { ...common, summary: 'Partners', response: { 200: PartnerList, ...errorResponses } } }, async () => ({
    items: await listPartners(deps),
  }));

  app.get(
    '/api/partners/:id',
    { ...staff, schema: { ...common, summary: 'One partner', params: IdParams, response: { 200: PartnerResponse, ...errorResponses } } },
    async (request) => ({ partner: await getPartner(deps, { partnerId: request.params.id }) }),
  );

  app.post(
    '/api/partners',
    { ...admin, schema: { ...common, summary: 'Add a partner (admin)', body: CreatePartnerBody, response: { 201: PartnerResponse, ...errorResponses } } },
    async (request, reply) => reply.code(201).send({ partner: await createPartner(deps, { context: signedIn(request), partner: request.body }) }),
  );

  app.patch(
    '/api/partners/:id',
    {
      ...admin,
      schema: { ...common, summary: 'Change a partner (admin); `active: false` takes it out of verify answers and the directory', params: IdParams, body: UpdatePartnerBody, response: { 200: PartnerResponse, ...errorResponses } },
    },
    async (request) => ({ partner: await updatePartner(deps, { context: signedIn(request), partnerId: request.params.id, changes: request.body }) }),
  );

  app.get(
    '/api/partners/:id/setup-sheet',
    {
      ...staff,
      schema: {
        ...common,
        summary: "The shop's one-page setup sheet (A4 PDF): its QR code, steps, and what VALID / NOT VALID mean",
        produces: ['application/pdf'],
        params: IdParams,
        response: { 200: PdfResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { fileName, pdf } = await partnerSetupSheet(deps, { context: signedIn(request), partnerId: request.params.id });
      return pdfHeaders(reply, fileName).send(pdf);
    },
  );

  app.post(
    '/api/partners/:id/send-link',
    {
      ...staff,
      schema: { ...common, summary: "Email the partner link to the partner's contact (when email is set up)", params: IdParams, response: { 202: SentPartnerLink, ...errorResponses } },
    },
    async (request, reply) => reply.code(202).send(await sendPartnerLink(deps, { context: signedIn(request), partnerId: request.params.id })),
  );

  app.get(
    '/api/benefits',
    { ...staff, schema: { ...common, summary: 'Benefits, optionally of one partner', querystring: BenefitListQuery, response: { 200: BenefitList, ...errorResponses } } },
    async (request) => ({ items: await listBenefits(deps, { partnerId: request.query.partnerId }) }),
  );

  app.post(
    '/api/benefits',
    { ...admin, schema: { ...common, summary: 'Add a benefit (admin)', body: CreateBenefitBody, response: { 201: BenefitResponse, ...errorResponses } } },
    async (request, reply) => reply.code(201).send({ benefit: await createBenefit(deps, { context: signedIn(request), benefit: request.body }) }),
  );

  app.patch(
    '/api/benefits/:id',
    { ...admin, schema: { ...common, summary: 'Change a benefit (admin)', params: IdParams, body: UpdateBenefitBody, response: { 200: BenefitResponse, ...errorResponses } } },
    async (request) => ({ benefit: await updateBenefit(deps, { context: signedIn(request), benefitId: request.params.id, changes: request.body }) }),
  );

  app.get(
    '/api/partners/:id/keys',
    { ...admin, schema: { ...common, summary: "A partner's API keys (admin)", params: IdParams, response: { 200: PartnerKeyList, ...errorResponses } } },
    async (request) => ({ items: await listPartnerKeys(deps, { partnerId: request.params.id }) }),
  );

  app.post(
    '/api/partners/:id/keys',
    {
      ...admin,
      schema: {
        ...common,
        summary: 'Create an API key for a till system (admin); the secret is in this answer only',
        params: IdParams,
        body: CreatePartnerKeyBody,
        response: { 201: CreatedPartnerKey, ...errorResponses },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store');
      return reply.code(201).send(await createPartnerKey(deps, { context: signedIn(request), partnerId: request.params.id, name: request.body.name }));
    },
  );

  app.post(
    '/api/partners/:id/keys/:keyId/revoke',
    { ...admin, schema: { ...common, summary: 'Revoke an API key (admin): refused from the next call on', params: PartnerKeyParams, response: { 200: PartnerKeyResponse, ...errorResponses } } },
    async (request) => ({ key: await revokePartnerKey(deps, { context: signedIn(request), partnerId: request.params.id, keyId: request.params.keyId }) }),
  );

  app.get(
    '/api/scan-stats',
    {
      ...admin,
      schema: { ...common, summary: 'Verify calls per partner per day (admin): counts only, nothing about any card', querystring: ScanStatsQuery, response: { 200: ScanStats, ...errorResponses } },
    },
    async (request) => getScanStats(deps, request.query),
  );

  app.get(
    '/api/v1/benefits',
    {
      schema: {
        tags: ['public'],
        summary: 'The benefits directory: active partners and the offers that apply today',
        response: { 200: BenefitDirectory, ...errorResponses },
      },
      config: { cors: PUBLIC_CORS },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'public, max-age=60');
      answerLanguage(request, reply, { cacheable: true });
      return getBenefitDirectory(deps);
    },
  );

  app.get(
    '/api/v1/partner-links/:code',
    {
      schema: { tags: ['public'], summary: "The shop a partner link (/v?p=CODE) is for: its name, so the shop's phone can say what it is set up for", params: PartnerLinkParams, response: { 200: PartnerLink, ...errorResponses } },
      config: { cors: PUBLIC_CORS },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'public, max-age=60');
      answerLanguage(request, reply, { cacheable: true });
      return getPartnerLink(deps, { code: request.params.code });
    },
  );
};

export default routes;
