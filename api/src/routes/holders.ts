import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../errors.ts';
import { createHolder } from '../holders/create-holder.ts';
import { getHolder } from '../holders/get-holder.ts';
import { MAX_PHOTO_BYTES, readHolderPhoto, removeHolderPhoto, setHolderPhoto } from '../holders/holder-photo.ts';
import { CreateHolderBody, HolderList, HolderResponse, HolderSearchQuery, UpdateHolderBody } from '../holders/schemas.ts';
import { searchHolders } from '../holders/search-holders.ts';
import { updateHolder } from '../holders/update-holder.ts';
import { signedIn } from '../plugins/auth.ts';
import { errorResponses, IdParams } from '../schemas.ts';

const PHOTO_FIELD = 'photo';
const uploadHelp = `Send the photo as multipart/form-data with one file field named "${PHOTO_FIELD}".`;

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
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 0, parts: 1 } });

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
    async (request) => searchHolders(deps, signedIn(request), request.query),
  );

  app.post(
    '/api/holders',
    { schema: { ...common, summary: 'Register a young carer', body: CreateHolderBody, response: { 201: HolderResponse, ...errorResponses } } },
    async (request, reply) => reply.code(201).send({ holder: await createHolder(deps, signedIn(request), request.body) }),
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
    async (request) => ({ holder: await getHolder(deps, signedIn(request), request.params.id) }),
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
    async (request) => ({ holder: await updateHolder(deps, signedIn(request), request.params.id, request.body) }),
  );

  app.put(
    '/api/holders/:id/photo',
    {
      onRequest: async (request) => {
        if (!/^multipart\/form-data\s*;/i.test(request.headers['content-type'] ?? '')) {
          throw new AppError('UNSUPPORTED_MEDIA_TYPE', uploadHelp, { field: PHOTO_FIELD });
        }
      },
      schema: {
        ...common,
        summary: 'Set the photo: JPEG, PNG or WebP up to 8 MB, sent as multipart/form-data in a file field named "photo"',
        description: 'Stored re-encoded as a JPEG of at most 600x800 with no metadata.',
        params: IdParams,
        response: { 200: HolderResponse, ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] },
      },
    },
    async (request) => {
      const upload = await readPhotoUpload(request);
      return { holder: await setHolderPhoto(deps, signedIn(request), request.params.id, upload) };
    },
  );

  app.delete(
    '/api/holders/:id/photo',
    { schema: { ...common, summary: 'Remove the photo', params: IdParams, response: { 200: HolderResponse, ...errorResponses } } },
    async (request) => ({ holder: await removeHolderPhoto(deps, signedIn(request), request.params.id) }),
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
      const photo = await readHolderPhoto(deps, request.params.id);
      return reply.type('image/jpeg').send(photo);
    },
  );
};

/** The one file of a photo upload. Anything wrong with the multipart body is the client's: 4xx with a stable code. */
async function readPhotoUpload(request: FastifyRequest): Promise<Buffer> {
  try {
    const file = await request.file();
    if (!file || file.fieldname !== PHOTO_FIELD) throw new AppError('PHOTO_INVALID', uploadHelp, { field: PHOTO_FIELD });
    return await file.toBuffer();
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as { code?: unknown }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('PHOTO_TOO_LARGE', `The photo is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB.`, { field: PHOTO_FIELD });
    }
    throw new AppError('PHOTO_INVALID', uploadHelp, { field: PHOTO_FIELD, cause: error });
  }
}

export default routes;
