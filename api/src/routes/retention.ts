import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedIn } from '../plugins/auth.ts';
import { eraseHolder } from '../retention/erase-holder.ts';
import { getRetentionSettings } from '../retention/get-retention-settings.ts';
import { listErasureDue } from '../retention/list-erasure-due.ts';
import { EraseHolderBody, ErasureDueList, ErasureDueQuery, ErasureResult, RetentionSettingsResponse, UpdateRetentionSettingsBody } from '../retention/schemas.ts';
import { updateRetentionSettings } from '../retention/update-retention-settings.ts';
import { errorResponses, IdParams } from '../schemas.ts';

/** Retention: how long records are kept, what is due for erasure, erasing now. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const retention = { tags: ['retention'], security: [{ bearer: [] }] };
  const staff = { onRequest: app.authenticate };
  const admin = { onRequest: app.requireAdmin };
  // It names children: no browser or proxy keeps a copy.
  app.addHook('onSend', async (_request, reply) => {
    void reply.header('cache-control', 'private, no-store');
  });

  app.get(
    '/api/settings/retention',
    { ...staff, schema: { ...retention, summary: 'How many months records are kept after the last card ended, and the last erasure run', response: { 200: RetentionSettingsResponse, ...errorResponses } } },
    async () => getRetentionSettings(deps),
  );

  app.put(
    '/api/settings/retention',
    { ...admin, schema: { ...retention, summary: 'Change the retention period (admin)', body: UpdateRetentionSettingsBody, response: { 200: RetentionSettingsResponse, ...errorResponses } } },
    async (request) => updateRetentionSettings(deps, { context: signedIn(request), changes: request.body }),
  );

  app.get(
    '/api/retention/due',
    { ...staff, schema: { ...retention, summary: 'Records due for erasure within N days (default 60), soonest first', querystring: ErasureDueQuery, response: { 200: ErasureDueList, ...errorResponses } } },
    async (request) => listErasureDue(deps, { context: signedIn(request), withinDays: request.query.withinDays ?? 60 }),
  );

  app.post(
    '/api/retention/run',
    { ...admin, schema: { ...retention, summary: 'Run the erasure job now (admin); answers with the settings and this run', response: { 200: RetentionSettingsResponse, ...errorResponses } } },
    async () => {
      await deps.jobs.retention.runNow();
      return getRetentionSettings(deps);
    },
  );

  app.post(
    '/api/holders/:id/erase',
    {
      ...admin,
      schema: {
        ...retention,
        summary: "Erase a young carer's record now (admin; type their given and family name to confirm)",
        params: IdParams,
        body: EraseHolderBody,
        response: { 200: ErasureResult, ...errorResponses },
      },
    },
    async (request) => eraseHolder(deps, { context: signedIn(request), holderId: request.params.id, confirmName: request.body.confirmName }),
  );
};

export default routes;
