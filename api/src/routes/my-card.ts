import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { createDataRequest } from '../data-requests/create-data-request.ts';
import { CreateDataRequestBody, MyDataRequestResponse } from '../data-requests/schemas.ts';
import { AppError } from '../errors.ts';
import { redeemInvitation } from '../invitations/redeem-invitation.ts';
import { RedeemInvitationBody } from '../invitations/schemas.ts';
import { endDeviceSession } from '../my-card/end-device-session.ts';
import { getMyCard } from '../my-card/get-my-card.ts';
import { getMyData } from '../my-card/get-my-data.ts';
import { listDeviceSessions } from '../my-card/list-device-sessions.ts';
import { holderAuditContext } from '../my-card/holder-audit-context.ts';
import { myCardPdf } from '../my-card/my-card-pdf.ts';
import { myPhoto } from '../my-card/my-photo.ts';
import { reportMyCardLost } from '../my-card/report-my-card-lost.ts';
import { DeviceSessionList, DeviceSessionResponse, MyCard, MyData, MySignInResponse } from '../my-card/schemas.ts';
import { signedIn } from '../plugins/auth.ts';
import { errorResponses, IdParams } from '../schemas.ts';
import { pdfHeaders, PdfResponse } from './pdf-response.ts';

/** Sign-in attempts per minute per address: with the per-invitation lock, guessing codes goes nowhere. */
const SIGN_IN_PER_MINUTE = 10;
/** Correction and erasure requests per minute per address (each holder also has a cap on open ones). */
const REQUESTS_PER_MINUTE = 10;

/**
 * The young carer's own endpoints, under /api/my: opening an invitation,
 * then their own card, photo and PDF, and "I've lost my card". The device
 * cookie (httpOnly, SameSite=Strict, path /api/my) opens nothing else.
 * Staff see and sign out the phones signed in (/api/holders/:id/devices).
 */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const staffCommon = { tags: ['young carers\' access'], security: [{ bearer: [] }] };
  const common = { tags: ['young carers\' access'] };
  const device = (request: FastifyRequest) => {
    if (!request.device) throw new AppError('DEVICE_NOT_SIGNED_IN', 'Open the link you were sent, or enter your code, to see your card.');
    return request.device;
  };
  const lockedOrGone = { 410: errorResponses[400], 423: errorResponses[400] };

  app.post(
    '/api/my/sign-in',
    {
      schema: {
        ...common,
        summary: 'Open an invitation with its code and the young carer\'s date of birth; sets the device cookie',
        body: RedeemInvitationBody,
        response: { 200: MySignInResponse, ...errorResponses, ...lockedOrGone },
      },
      config: { rateLimit: { max: SIGN_IN_PER_MINUTE, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { token, expiresAt } = await redeemInvitation(deps, { context: { actor: null, ip: request.ip }, code: request.body.code, dateOfBirth: request.body.dateOfBirth });
      app.setDeviceCookie(reply, token, expiresAt);
      return reply.header('cache-control', 'no-store').send({ signedIn: true, expiresAt: expiresAt.toISOString() });
    },
  );

  await app.register(async (mine) => {
    mine.addHook('onRequest', app.authenticateDevice);

    mine.get(
      '/api/my/card',
      { schema: { ...common, summary: 'My card: the card, the charity, and the benefits that apply to me today', response: { 200: MyCard, ...errorResponses } } },
      async (request, reply) => {
        // Private: the page's service worker keeps the last answer for offline use; no shared cache may.
        void reply.header('cache-control', 'private, no-cache');
        return getMyCard(deps, { device: device(request) });
      },
    );

    mine.get(
      '/api/my/photo',
      { schema: { ...common, summary: 'My photo (JPEG)', produces: ['image/jpeg'], response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...errorResponses } } },
      async (request, reply) => reply.type('image/jpeg').header('cache-control', 'private, no-cache').send(await myPhoto(deps, { device: device(request) })),
    );

    mine.get(
      '/api/my/card/pdf',
      { schema: { ...common, summary: 'My card as a PDF, to print', produces: ['application/pdf'], response: { 200: PdfResponse, ...errorResponses } } },
      async (request, reply) => {
        const { fileName, pdf } = await myCardPdf(deps, { device: device(request), ip: request.ip });
        return pdfHeaders(reply, fileName).send(pdf);
      },
    );

    mine.post(
      '/api/my/card/lost',
      { schema: { ...common, summary: "I've lost my card: freeze it now (staff can unfreeze it or send a new one)", response: { 200: MyCard, ...errorResponses } } },
      async (request, reply) => reply.header('cache-control', 'no-store').send(await reportMyCardLost(deps, { device: device(request), ip: request.ip })),
    );

    mine.get(
      '/api/my/data',
      { schema: { ...common, summary: 'What we keep about me: everything held about the young carer (the read is audited)', response: { 200: MyData, ...errorResponses } } },
      async (request, reply) => reply.header('cache-control', 'no-store').send(await getMyData(deps, { device: device(request), ip: request.ip })),
    );

    mine.withTypeProvider<TypeBoxTypeProvider>().post(
      '/api/my/requests',
      {
        schema: {
          ...common,
          summary: 'Ask staff to correct my record, or to erase it (the request is stored for staff; nothing changes yet)',
          body: CreateDataRequestBody,
          response: { 201: MyDataRequestResponse, ...errorResponses },
        },
        config: { rateLimit: { max: REQUESTS_PER_MINUTE, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const created = await createDataRequest(deps, { context: holderAuditContext(request.ip), device: device(request), kind: request.body.kind, text: request.body.text });
        return reply.code(201).header('cache-control', 'no-store').send({ request: created });
      },
    );

    mine.post(
      '/api/my/sign-out',
      { schema: { ...common, summary: 'Sign this phone out of my card', response: { 204: Type.Null(), ...errorResponses } } },
      async (request, reply) => {
        await endDeviceSession(deps, { context: { actor: null, ip: request.ip }, deviceId: device(request).session.id, by: 'holder' });
        app.clearDeviceCookie(reply);
        return reply.code(204).send();
      },
    );
  });

  app.get(
    '/api/holders/:id/devices',
    { onRequest: app.authenticate, schema: { ...staffCommon, summary: "Phones signed in to this young carer's own card", params: IdParams, response: { 200: DeviceSessionList, ...errorResponses } } },
    async (request) => ({ items: await listDeviceSessions(deps, { holderId: request.params.id }) }),
  );

  app.post(
    '/api/devices/:id/sign-out',
    { onRequest: app.authenticate, schema: { ...staffCommon, summary: 'Sign a phone out of the young carer\'s card (a lost or shared phone)', params: IdParams, response: { 200: DeviceSessionResponse, ...errorResponses } } },
    async (request) => ({ device: await endDeviceSession(deps, { context: signedIn(request), deviceId: request.params.id, by: 'staff' }) }),
  );
};

export default routes;
