import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getOutboxMessage } from '../outbox/get-outbox-message.ts';
import { listOutbox } from '../outbox/list-outbox.ts';
import { markHandedOver } from '../outbox/mark-handed-over.ts';
import { retryMessage } from '../outbox/retry-message.ts';
import { OutboxList, OutboxListQuery, OutboxMessageResponse } from '../outbox/schemas.ts';
import { signedIn } from '../plugins/auth.ts';
import { errorResponses, IdParams } from '../schemas.ts';

/** Messages to young carers (the outbox): sent, waiting, failed, or for staff to pass on. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const outbox = { tags: ['messages'], security: [{ bearer: [] }] };
  const staff = { onRequest: app.authenticate };

  app.get(
    '/api/outbox',
    { ...staff, schema: { ...outbox, summary: 'Messages, newest first: sent, waiting, failed (with why), or for staff to pass on', querystring: OutboxListQuery, response: { 200: OutboxList, ...errorResponses } } },
    async (request) => listOutbox(deps, { context: signedIn(request), ...request.query }),
  );

  app.get(
    '/api/outbox/:id',
    { ...staff, schema: { ...outbox, summary: 'One message, to copy or print', params: IdParams, response: { 200: OutboxMessageResponse, ...errorResponses } } },
    async (request) => ({ message: await getOutboxMessage(deps, { context: signedIn(request), messageId: request.params.id }) }),
  );

  app.post(
    '/api/outbox/:id/retry',
    { ...staff, schema: { ...outbox, summary: 'Send a failed email again', params: IdParams, response: { 200: OutboxMessageResponse, ...errorResponses } } },
    async (request) => ({ message: await retryMessage(deps, { context: signedIn(request), messageId: request.params.id }) }),
  );

  app.post(
    '/api/outbox/:id/handed-over',
    { ...staff, schema: { ...outbox, summary: 'Mark a message as passed on by hand (printed, or sent from your own email)', params: IdParams, response: { 200: OutboxMessageResponse, ...errorResponses } } },
    async (request) => ({ message: await markHandedOver(deps, { context: signedIn(request), messageId: request.params.id }) }),
  );
};

export default routes;
