import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { getOutboxMessage, listOutbox, markHandedOver, retryMessage } from '../outbox/outbox.ts';
import { OutboxList, OutboxListQuery, OutboxMessageResponse } from '../outbox/schemas.ts';
import { signedIn } from '../plugins/auth.ts';
import { reminderSettings, listRenewals, sendRenewalReminders, updateReminderSettings } from '../renewals/renewals.ts';
import { ReminderSettingsResponse, RenewalList, RenewalListQuery, SendRemindersBody, SendRemindersResult, UpdateReminderSettingsBody } from '../renewals/schemas.ts';
import { errorResponses, IdParams } from '../schemas.ts';

/** Messages to young carers (the outbox), and renewals: the expiring-soon list, reminders, and the automatic-reminder setting. */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const deps = app.outboxDeps;
  const outbox = { tags: ['messages'], security: [{ bearer: [] }] };
  const renewals = { tags: ['renewals'], security: [{ bearer: [] }] };
  const staff = { onRequest: app.authenticate };

  app.get(
    '/api/outbox',
    { ...staff, schema: { ...outbox, summary: 'Messages, newest first: sent, waiting, failed (with why), or for staff to pass on', querystring: OutboxListQuery, response: { 200: OutboxList, ...errorResponses } } },
    async (request) => listOutbox(deps, signedIn(request), request.query),
  );

  app.get(
    '/api/outbox/:id',
    { ...staff, schema: { ...outbox, summary: 'One message, to copy or print', params: IdParams, response: { 200: OutboxMessageResponse, ...errorResponses } } },
    async (request) => ({ message: await getOutboxMessage(deps, signedIn(request), request.params.id) }),
  );

  app.post(
    '/api/outbox/:id/retry',
    { ...staff, schema: { ...outbox, summary: 'Send a failed email again', params: IdParams, response: { 200: OutboxMessageResponse, ...errorResponses } } },
    async (request) => {
      const message = await retryMessage(deps, signedIn(request), request.params.id);
      void app.sendOutboxNow();
      return { message };
    },
  );

  app.post(
    '/api/outbox/:id/handed-over',
    { ...staff, schema: { ...outbox, summary: 'Mark a message as passed on by hand (printed, or sent from your own email)', params: IdParams, response: { 200: OutboxMessageResponse, ...errorResponses } } },
    async (request) => ({ message: await markHandedOver(deps, signedIn(request), request.params.id) }),
  );

  app.get(
    '/api/renewals',
    { ...staff, schema: { ...renewals, summary: 'Current cards that run out within N days (default 30), soonest first, with their reminder', querystring: RenewalListQuery, response: { 200: RenewalList, ...errorResponses } } },
    async (request) => listRenewals(app.renewalDeps, signedIn(request), request.query.withinDays ?? 30),
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
    async (request) => {
      const result = await sendRenewalReminders(app.renewalDeps, signedIn(request), request.body, 'staff');
      if (result.queued > 0) void app.sendOutboxNow();
      return result;
    },
  );

  app.get(
    '/api/settings/reminders',
    { ...staff, schema: { ...renewals, summary: 'Automatic renewal reminders: on or off, how long before expiry, and the last run', response: { 200: ReminderSettingsResponse, ...errorResponses } } },
    async () => reminderSettings(app.renewalDeps),
  );

  app.put(
    '/api/settings/reminders',
    {
      onRequest: app.requireAdmin,
      schema: { ...renewals, summary: 'Turn automatic renewal reminders on or off (admin)', body: UpdateReminderSettingsBody, response: { 200: ReminderSettingsResponse, ...errorResponses } },
    },
    async (request) => {
      const updated = await updateReminderSettings(app.renewalDeps, signedIn(request), request.body);
      // Turned on: the cards already in the window are reminded now, not at the next interval.
      if (updated.settings.automatic) await app.runReminderJobNow();
      return updated.settings.automatic ? reminderSettings(app.renewalDeps) : updated;
    },
  );
};

export default routes;
