import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { signedIn } from '../plugins/auth.ts';
import { acceptReferral } from '../referrals/accept-referral.ts';
import { declineReferral } from '../referrals/decline-referral.ts';
import { getReferral } from '../referrals/get-referral.ts';
import { getReferralSettings } from '../referrals/get-referral-settings.ts';
import { listReferrals } from '../referrals/list-referrals.ts';
import { readReferralPhoto } from '../referrals/read-referral-photo.ts';
import {
  AcceptReferralBody,
  DeclineReferralBody,
  REFERRAL_PHOTO_MAX_BYTES,
  ReferralList,
  ReferralListQuery,
  ReferralReceipt,
  ReferralResponse,
  ReferralSettings,
  ReferralSettingsResponse,
  SubmitReferralBody,
} from '../referrals/schemas.ts';
import { submitReferral } from '../referrals/submit-referral.ts';
import { updateReferralSettings } from '../referrals/update-referral-settings.ts';
import { errorResponses, IdParams } from '../schemas.ts';

/** The referral form's body: the photo in base64 and the fields, with room to spare. */
const SUBMIT_BODY_LIMIT = Math.ceil(REFERRAL_PHOTO_MAX_BYTES / 3) * 4 + 64 * 1024;

/**
 * Referrals: the public form's one endpoint (no account; only a reference
 * and next steps come back), and the staff review queue.
 */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;

  app.post(
    '/api/referrals',
    {
      bodyLimit: SUBMIT_BODY_LIMIT,
      schema: {
        tags: ['referrals'],
        summary: 'Refer a young carer (public, no account): answers with a reference and what happens next, and nothing else',
        body: SubmitReferralBody,
        response: { 201: ReferralReceipt, ...errorResponses, 413: errorResponses[400] },
      },
      config: { rateLimit: { max: deps.config.referrals.perAddressPerHour, timeWindow: '1 hour' } },
    },
    async (request, reply) => reply.code(201).header('cache-control', 'no-store').send(await submitReferral(deps, { input: request.body })),
  );

  await app.register(async (staff) => {
    const common = { tags: ['referrals'], security: [{ bearer: [] }] };
    staff.addHook('onRequest', app.authenticate);
    // They name children: no browser or proxy keeps a copy.
    staff.addHook('onSend', async (_request, reply) => {
      void reply.header('cache-control', 'private, no-store');
    });
    const typed = staff.withTypeProvider<TypeBoxTypeProvider>();

    typed.get(
      '/api/referrals',
      { schema: { ...common, summary: 'Referrals, new ones oldest first', querystring: ReferralListQuery, response: { 200: ReferralList, ...errorResponses } } },
      async (request) => listReferrals(deps, { query: request.query }),
    );

    typed.get(
      '/api/referrals/:id',
      { schema: { ...common, summary: 'One referral, with the records it may duplicate (while new); each read is audited', params: IdParams, response: { 200: ReferralResponse, ...errorResponses } } },
      async (request) => ({ referral: await getReferral(deps, { context: signedIn(request), referralId: request.params.id }) }),
    );

    typed.get(
      '/api/referrals/:id/photo',
      {
        schema: {
          ...common,
          summary: 'The photo sent with a referral (JPEG)',
          produces: ['image/jpeg'],
          params: IdParams,
          response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'JPEG image' }), ...errorResponses },
        },
      },
      async (request, reply) => reply.type('image/jpeg').send(await readReferralPhoto(deps, { referralId: request.params.id })),
    );

    typed.post(
      '/api/referrals/:id/accept',
      {
        schema: {
          ...common,
          summary: "Accept: makes the young carer's record (with the consent recorded); then issue and send the card from the record",
          params: IdParams,
          body: AcceptReferralBody,
          response: { 200: Type.Object({ referral: ReferralResponse.properties.referral, holderId: Type.String() }), ...errorResponses },
        },
      },
      async (request) => acceptReferral(deps, { context: signedIn(request), referralId: request.params.id, input: request.body }),
    );

    typed.post(
      '/api/referrals/:id/decline',
      {
        schema: {
          ...common,
          summary: 'Decline (or record a withdrawal), with a reason kept for staff only',
          params: IdParams,
          body: DeclineReferralBody,
          response: { 200: ReferralResponse, ...errorResponses },
        },
      },
      async (request) => ({ referral: await declineReferral(deps, { context: signedIn(request), referralId: request.params.id, input: request.body }) }),
    );

    typed.get(
      '/api/settings/referrals',
      { schema: { ...common, summary: 'How long decided referrals are kept, the daily cap and today’s count', response: { 200: ReferralSettingsResponse, ...errorResponses } } },
      async () => getReferralSettings(deps),
    );

    typed.put(
      '/api/settings/referrals',
      {
        onRequest: app.requireAdmin,
        schema: { ...common, summary: 'Change how long decided referrals are kept (admin)', body: ReferralSettings, response: { 200: ReferralSettingsResponse, ...errorResponses } },
      },
      async (request) => updateReferralSettings(deps, { context: signedIn(request), settings: request.body }),
    );
  });
};

export default routes;
