import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createInvitation } from '../invitations/create-invitation.ts';
import { listInvitations } from '../invitations/list-invitations.ts';
import { revokeInvitation } from '../invitations/revoke-invitation.ts';
import { CreatedInvitation, CreateInvitationBody, InvitationList, InvitationListQuery, InvitationResponse } from '../invitations/schemas.ts';
import { signedIn } from '../plugins/auth.ts';
import { errorResponses, IdParams } from '../schemas.ts';

/** Staff side of young carers' own access: "Send card" invitations (a link and code for the young carer's phone). */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
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
      const created = await createInvitation(deps, { context: signedIn(request), cardId: request.params.id, channel: request.body.channel });
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
    async (request) => ({ invitation: await revokeInvitation(deps, { context: signedIn(request), invitationId: request.params.id }) }),
  );
};

export default routes;
