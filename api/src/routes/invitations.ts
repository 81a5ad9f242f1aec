import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createInvitation, listInvitations, revokeInvitation } from '../invitations/invitations.ts';
import { CreatedInvitation, CreateInvitationBody, InvitationList, InvitationListQuery, InvitationResponse } from '../invitations/schemas.ts';
import { endDeviceSession, listDeviceSessions } from '../my-card/device-sessions.ts';
import { DeviceSessionList, DeviceSessionResponse } from '../my-card/schemas.ts';
import { outboxNow } from '../outbox/outbox.ts';
import { signedIn } from '../plugins/auth.ts';
import { errorResponses, IdParams } from '../schemas.ts';

/** Staff side of young carers' own access: "Send card" invitations and the phones signed in with them. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const deps = app.invitationDeps;
  const common = { tags: ['young carers\' access'], security: [{ bearer: [] }] };
  app.addHook('onRequest', app.authenticate);

  app.post(
    '/api/cards/:id/invitations',
    {
      schema: {
        ...common,
        summary: 'Send a card: a link and short code for the young carer, by email or on a printed slip',
        description: 'The code and link are in this answer only (and in the message, in the outbox). Expires after INVITATION_TTL_DAYS.',
        params: IdParams,
        body: CreateInvitationBody,
        response: { 201: CreatedInvitation, ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await createInvitation(deps, signedIn(request), request.params.id, request.body);
      void app.sendOutboxNow();
      return reply.code(201).header('cache-control', 'no-store').send(created);
    },
  );

  app.get(
    '/api/invitations',
    { schema: { ...common, summary: 'Invitations, newest first (of one young carer, or locked ones that need attention)', querystring: InvitationListQuery, response: { 200: InvitationList, ...errorResponses } } },
    async (request) => listInvitations(deps, request.query),
  );

  app.post(
    '/api/invitations/:id/revoke',
    { schema: { ...common, summary: 'Withdraw an invitation: its link and code stop working at once', params: IdParams, response: { 200: InvitationResponse, ...errorResponses } } },
    async (request) => ({ invitation: await revokeInvitation(deps, signedIn(request), request.params.id) }),
  );

  app.get(
    '/api/holders/:id/devices',
    { schema: { ...common, summary: "Phones signed in to this young carer's own card", params: IdParams, response: { 200: DeviceSessionList, ...errorResponses } } },
    async (request) => ({ items: await listDeviceSessions(app.db, request.params.id, outboxNow(deps)) }),
  );

  app.post(
    '/api/devices/:id/sign-out',
    { schema: { ...common, summary: 'Sign a phone out of the young carer\'s card (a lost or shared phone)', params: IdParams, response: { 200: DeviceSessionResponse, ...errorResponses } } },
    async (request) => ({ device: await endDeviceSession(deps, signedIn(request), request.params.id, 'staff') }),
  );
};

export default routes;
