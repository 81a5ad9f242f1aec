import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { handleDataRequest } from '../data-requests/handle-data-request.ts';
import { listDataRequests } from '../data-requests/list-data-requests.ts';
import { DataRequestList, DataRequestQuery, DataRequestResponse, HandleDataRequestBody } from '../data-requests/schemas.ts';
import { signedIn } from '../plugins/auth.ts';
import { errorResponses, IdParams } from '../schemas.ts';

/** Staff side of young carers' correction and erasure requests (sent from /my): list them, mark them done or declined. Any signed-in staff member. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const common = { tags: ['young carers\' access'], security: [{ bearer: [] }] };
  app.addHook('onRequest', app.authenticate);
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('cache-control', 'private, no-store');
  });

  app.get(
    '/api/data-requests',
    { schema: { ...common, summary: "Young carers' correction and erasure requests, oldest first (open ones need attention)", querystring: DataRequestQuery, response: { 200: DataRequestList, ...errorResponses } } },
    async (request) => listDataRequests(deps, { query: request.query }),
  );

  app.post(
    '/api/data-requests/:id/handle',
    {
      schema: {
        ...common,
        summary: 'Mark a request done or declined (this records the decision; make the change itself on the record)',
        params: IdParams,
        body: HandleDataRequestBody,
        response: { 200: DataRequestResponse, ...errorResponses },
      },
    },
    async (request) => ({ request: await handleDataRequest(deps, { context: signedIn(request), requestId: request.params.id, status: request.body.status }) }),
  );
};

export default routes;
