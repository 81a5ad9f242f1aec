import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { downloadAuditCheckpoints } from '../audit/download-audit-checkpoints.ts';
import { listAuditEvents } from '../audit/list-audit-events.ts';
import { AuditChainReport, AuditCheckpointFile, AuditPage, AuditQuery, VerifyAuditChainBody } from '../audit/schemas.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';
import { errorResponses } from '../schemas.ts';
import { signedIn } from '../plugins/auth.ts';

/** A checkpoint file of 50,000 checkpoints is about 12 MB. */
const CHECKPOINT_FILE_BYTES = 16 * 1024 * 1024;

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const common = { tags: ['audit'], security: [{ bearer: [] }] };
  // The log itself: admins; other staff only the History of a young carer or card they can open (checked in listAuditEvents).
  app.get(
    '/api/audit',
    {
      onRequest: app.authenticate,
      schema: {
        ...common,
        summary: 'Audit events in words, newest first (admins; staff: the History of one young carer or card)',
        querystring: AuditQuery,
        response: { 200: AuditPage, ...errorResponses },
      },
    },
    async (request) => listAuditEvents(app.deps, { query: request.query, role: request.staff?.role === 'admin' ? 'admin' : 'staff' }),
  );

  // The rest: an unauthenticated or non-admin caller is refused before the body is even parsed.
  await app.register(async (admin: typeof app) => {
    admin.addHook('onRequest', app.requireAdmin);

  admin.get(
    '/api/audit/verify',
    { schema: { ...common, summary: 'Check the hash chain, its signed checkpoints and its signed head', response: { 200: AuditChainReport, ...errorResponses } } },
    async () => verifyAuditChain(app.deps),
  );

  admin.post(
    '/api/audit/verify',
    {
      bodyLimit: CHECKPOINT_FILE_BYTES,
      schema: {
        ...common,
        summary: 'Check the chain, also against a checkpoint file downloaded earlier (catches a rollback of the whole database)',
        body: VerifyAuditChainBody,
        response: { 200: AuditChainReport, ...errorResponses },
      },
    },
    async (request) => verifyAuditChain(app.deps, request.body.checkpoints ? { checkpoints: request.body.checkpoints } : {}),
  );

  admin.get(
    '/api/audit/checkpoints',
    {
      schema: {
        ...common,
        summary: 'Download the signed checkpoints and the audit public key, to keep away from this server (recorded; signs a fresh checkpoint first)',
        response: { 200: AuditCheckpointFile, ...errorResponses },
      },
    },
    async (request, reply) => {
      const file = await downloadAuditCheckpoints(app.deps, { context: signedIn(request) });
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="audit-checkpoints-${file.downloadedAt.slice(0, 10)}.json"`)
        .send(file);
    },
  );
  });
};

export default routes;
