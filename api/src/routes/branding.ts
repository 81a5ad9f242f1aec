import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { loadBranding } from '../branding/branding.ts';
import { getPublicOrganisation } from '../branding/get-public-organisation.ts';
import { MAX_LOGO_BYTES } from '../branding/branding-logo.ts';
import { readBrandingLogo } from '../branding/read-branding-logo.ts';
import { removeBrandingLogo } from '../branding/remove-branding-logo.ts';
import { setBrandingLogo } from '../branding/set-branding-logo.ts';
import { updateBranding } from '../branding/update-branding.ts';
import { BrandingResponse, PublicOrganisation, UpdateBrandingBody } from '../branding/schemas.ts';
import { signedIn } from '../plugins/auth.ts';
import { errorResponses } from '../schemas.ts';
import { PUBLIC_CORS } from './public-cors.ts';
import { singleFileUpload } from './single-file-upload.ts';

const logoUpload = singleFileUpload({
  field: 'logo',
  maxBytes: MAX_LOGO_BYTES,
  invalidCode: 'LOGO_INVALID',
  tooLargeCode: 'PAYLOAD_TOO_LARGE',
  help: `Send the logo as multipart/form-data with one file field named "logo" (PNG or SVG, at most ${MAX_LOGO_BYTES / 1024} KB).`,
  tooLargeMessage: `The logo is larger than ${MAX_LOGO_BYTES / 1024} KB.`,
});

/** The charity's branding: any staff may read it (cards print it); only admins change it. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const common = { tags: ['settings'], security: [{ bearer: [] }] };
  await logoUpload.register(app);

  app.get(
    '/api/settings/branding',
    { onRequest: app.authenticate, schema: { ...common, summary: 'The branding printed on cards', response: { 200: BrandingResponse, ...errorResponses } } },
    async () => ({ branding: (await loadBranding(deps)).view }),
  );

  app.get(
    '/api/v1/organisation',
    {
      schema: { tags: ['public'], summary: "Who runs the service: the charity's name and helpline, as the public pages show them", response: { 200: PublicOrganisation, ...errorResponses } },
      config: { cors: PUBLIC_CORS },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=60');
      return getPublicOrganisation(deps);
    },
  );

  app.put(
    '/api/settings/branding',
    {
      onRequest: app.requireAdmin,
      schema: { ...common, summary: 'Change branding (admin): any of the text settings', body: UpdateBrandingBody, response: { 200: BrandingResponse, ...errorResponses } },
    },
    async (request) => {
      const branding = await updateBranding(deps, { context: signedIn(request), changes: request.body });
      return { branding };
    },
  );

  app.put(
    '/api/settings/branding/logo',
    {
      onRequest: [app.requireAdmin, logoUpload.requireMultipart],
      schema: {
        ...common,
        summary: 'Upload the logo (admin): PNG or SVG up to 512 KB, multipart/form-data file field "logo"',
        description: 'An SVG with scripts, event handlers, entities or external links is refused. Cards print a PNG made from it at upload.',
        response: { 200: BrandingResponse, ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] },
      },
    },
    async (request) => {
      const branding = await setBrandingLogo(deps, { context: signedIn(request), upload: await logoUpload.read(request) });
      return { branding };
    },
  );

  app.delete(
    '/api/settings/branding/logo',
    { onRequest: app.requireAdmin, schema: { ...common, summary: 'Remove the logo (admin)', response: { 200: BrandingResponse, ...errorResponses } } },
    async (request) => {
      const branding = await removeBrandingLogo(deps, { context: signedIn(request) });
      return { branding };
    },
  );

  app.get(
    '/api/settings/branding/logo',
    {
      onRequest: app.authenticate,
      schema: {
        ...common,
        summary: 'The logo as cards print it (PNG)',
        produces: ['image/png'],
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'PNG image' }), ...errorResponses },
      },
    },
    async (_request, reply) => reply.type('image/png').header('cache-control', 'private, no-cache').send(await readBrandingLogo(deps)),
  );
};

export default routes;
