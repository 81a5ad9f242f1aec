import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { listAuditEvents } from '../audit/list-audit-events.ts';
import { AuditChainReport, AuditPage, AuditQuery } from '../audit/schemas.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { errorResponses } from '../schemas.ts';

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const common = { tags: ['audit'], security: [{ bearer: [] }] };
  // onRequest: an unauthenticated or non-admin caller is refused before the body is even parsed.
  app.addHook('onRequest', app.requireAdmin);

  app.get(
    '/api/audit',
    { schema: { ...common, summary: 'Audit events, newest first', querystring: AuditQuery, response: { 200: AuditPage, ...errorResponses } } },
    async (request) => listAuditEvents(app.deps, request.query),
  );

  app.get(
    '/api/audit/verify',
    { schema: { ...common, summary: 'Check that the hash chain is intact', response: { 200: AuditChainReport, ...errorResponses } } },
    async () => verifyAuditChain(app.deps),
  );
};

export default routes;
