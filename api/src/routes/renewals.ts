import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { signedIn } from '../plugins/auth.ts';
import { getReminderSettings } from '../renewals/get-reminder-settings.ts';
import { listRenewals } from '../renewals/list-renewals.ts';
import { sendRenewalReminders } from '../renewals/send-renewal-reminders.ts';
import { updateReminderSettings } from '../renewals/update-reminder-settings.ts';
import { ReminderSettingsResponse, RenewalList, RenewalListQuery, SendRemindersBody, SendRemindersResult, UpdateReminderSettingsBody } from '../renewals/schemas.ts';
import { errorResponses } from '../schemas.ts';

/** Renewals: the expiring-soon list, reminders, and the automatic-reminder setting. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const { deps } = app;
  const renewals = { tags: ['renewals'], security: [{ bearer: [] }] };
  const staff = { onRequest: app.authenticate };

  app.get(
    '/api/renewals',
    { ...staff, schema: { ...renewals, summary: 'Current cards that run out within N days (default 30), soonest first, with their reminder', querystring: RenewalListQuery, response: { 200: RenewalList, ...errorResponses } } },
    async (request) => listRenewals(deps, { context: signedIn(request), withinDays: request.query.withinDays ?? 30 }),
  );

  app.post(
    '/api/renewal-reminders',
    {
      ...staff,
      schema: {
        ...renewals,
        summary: 'Send renewal reminders to everyone in the window with a contact email (one per card, ever)',
        body: SendRemindersBody,
        response: { 200: SendRemindersResult, ...errorResponses },
      },
    },
    async (request) => sendRenewalReminders(deps, { context: signedIn(request), withinDays: request.body.withinDays, cardIds: request.body.cardIds, trigger: 'staff' }),
  );

  app.get(
    '/api/settings/reminders',
    { ...staff, schema: { ...renewals, summary: 'Automatic renewal reminders: on or off, how long before expiry, and the last run', response: { 200: ReminderSettingsResponse, ...errorResponses } } },
    async () => getReminderSettings(deps),
  );

  app.put(
    '/api/settings/reminders',
    {
      onRequest: app.requireAdmin,
      schema: { ...renewals, summary: 'Turn automatic renewal reminders on or off (admin)', body: UpdateReminderSettingsBody, response: { 200: ReminderSettingsResponse, ...errorResponses } },
    },
    async (request) => updateReminderSettings(deps, { context: signedIn(request), changes: request.body }),
  );
};

export default routes;
