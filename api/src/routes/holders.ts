import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { createHolder } from '../holders/create-holder.ts';
import { exportHolder } from '../holders/export-holder.ts';
import { getHolder } from '../holders/get-holder.ts';
import { renderHolderExportPdf } from '../holders/holder-export-pdf.ts';
import { MAX_PHOTO_BYTES } from '../holders/holder-photo.ts';
import { readHolderPhoto } from '../holders/read-holder-photo.ts';
import { removeHolderPhoto } from '../holders/remove-holder-photo.ts';
import { setHolderPhoto } from '../holders/set-holder-photo.ts';
import { CreateHolderBody, HolderExport, HolderList, HolderResponse, HolderSearchQuery, UpdateHolderBody } from '../holders/schemas.ts';
import { searchHolders } from '../holders/search-holders.ts';
import { updateHolder } from '../holders/update-holder.ts';
import { signedIn } from '../plugins/auth.ts';
import { errorResponses, IdParams } from '../schemas.ts';
import { pdfHeaders, PdfResponse } from './pdf-response.ts';
import { singleFileUpload } from './single-file-upload.ts';

const photoUpload = singleFileUpload({
  field: 'photo',
  maxBytes: MAX_PHOTO_BYTES,
  invalidCode: 'PHOTO_INVALID',
  tooLargeCode: 'PHOTO_TOO_LARGE',
  help: 'Send the photo as multipart/form-data with one file field named "photo".',
  tooLargeMessage: `The photo is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB.`,
});

/** Young carers (holders): register, find, change, photo. Any signed-in staff member. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const common = { tags: ['holders'], security: [{ bearer: [] }] };
  // onRequest: an unauthenticated caller is refused before the body is even parsed.
  app.addHook('onRequest', app.authenticate);
  // Children's personal data: no browser or proxy keeps a copy.
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('cache-control', 'private, no-store');
  });
  // Only here: no other route accepts uploads.
  await photoUpload.register(app);

  app.get(
    '/api/holders',
    {
      schema: {
        ...common,
        summary: 'Find young carers by name, reference, card number or date of birth',
        querystring: HolderSearchQuery,
        response: { 200: HolderList, ...errorResponses },
      },
    },
    async (request) => searchHolders(deps, { context: signedIn(request), query: request.query }),
  );

  app.post(
    '/api/holders',
    { schema: { ...common, summary: 'Register a young carer', body: CreateHolderBody, response: { 201: HolderResponse, ...errorResponses } } },
    async (request, reply) => reply.code(201).send({ holder: await createHolder(deps, { context: signedIn(request), input: request.body }) }),
  );

  app.get(
    '/api/holders/:id',
    {
      schema: {
        ...common,
        summary: 'One young carer with their cards and history (the read is audited)',
        params: IdParams,
        response: { 200: HolderResponse, ...errorResponses },
      },
    },
    async (request) => ({ holder: await getHolder(deps, { context: signedIn(request), holderId: request.params.id }) }),
  );

  app.patch(
    '/api/holders/:id',
    {
      schema: {
        ...common,
        summary: 'Change some of a young carer\'s details',
        params: IdParams,
        body: UpdateHolderBody,
        response: { 200: HolderResponse, ...errorResponses },
      },
    },
    async (request) => ({ holder: await updateHolder(deps, { context: signedIn(request), holderId: request.params.id, changes: request.body }) }),
  );

  app.put(
    '/api/holders/:id/photo',
    {
      onRequest: photoUpload.requireMultipart,
      schema: {
        ...common,
        summary: 'Set the photo: JPEG, PNG or WebP up to 8 MB, sent as multipart/form-data in a file field named "photo"',
        description: 'Stored re-encoded as a JPEG of at most 600x800 with no metadata.',
        params: IdParams,
        response: { 200: HolderResponse, ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] },
      },
    },
    async (request) => {
      const upload = await photoUpload.read(request);
      return { holder: await setHolderPhoto(deps, { context: signedIn(request), holderId: request.params.id, upload }) };
    },
  );

  app.delete(
    '/api/holders/:id/photo',
    { schema: { ...common, summary: 'Remove the photo', params: IdParams, response: { 200: HolderResponse, ...errorResponses } } },
    async (request) => ({ holder: await removeHolderPhoto(deps, { context: signedIn(request), holderId: request.params.id }) }),
  );

  // A subject access request: the whole record, admins only; every export is audited (holder.export).
  app.get(
    '/api/holders/:id/export.json',
    {
      onRequest: app.requireAdmin,
      schema: {
        ...common,
        summary: "One young carer's whole record as JSON, for a subject access request (admins; audited)",
        params: IdParams,
        response: { 200: HolderExport, ...errorResponses },
      },
    },
    async (request, reply) => {
      const data = await exportHolder(deps, { context: signedIn(request), holderId: request.params.id, format: 'json' });
      return reply.header('content-disposition', `attachment; filename="subject-access-${request.params.id.replace(/[^\w-]/g, '_')}.json"`).send(data);
    },
  );

  app.get(
    '/api/holders/:id/export.pdf',
    {
      onRequest: app.requireAdmin,
      schema: {
        ...common,
        summary: "One young carer's whole record as a readable PDF, for a subject access request (admins; audited)",
        produces: ['application/pdf'],
        params: IdParams,
        response: { 200: PdfResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const data = await exportHolder(deps, { context: signedIn(request), holderId: request.params.id, format: 'pdf' });
      return pdfHeaders(reply, `subject-access-${request.params.id}.pdf`).send(await renderHolderExportPdf(data));
    },
  );

  app.get(
    '/api/holders/:id/photo',
    {
      schema: {
        ...common,
        summary: 'The photo (JPEG)',
        produces: ['image/jpeg'],
        params: IdParams,
        response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'JPEG image' }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const photo = await readHolderPhoto(deps, { holderId: request.params.id });
      return reply.type('image/jpeg').send(photo);
    },
  );
};

export default routes;
