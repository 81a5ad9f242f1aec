import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { AppError } from '../errors.ts';
import type { InvitationDeps } from '../invitations/invitations.ts';
import { DEVICE_COOKIE, DEVICE_COOKIE_PATH, findDeviceSession, type SignedInDevice } from '../my-card/device-sessions.ts';
import type { MyCardDeps } from '../my-card/my-card.ts';
import type { RenewalDeps } from '../renewals/renewals.ts';
import { runReminderJob } from '../renewals/renewals.ts';

declare module 'fastify' {
  interface FastifyInstance {
    invitationDeps: InvitationDeps;
    myCardDeps: MyCardDeps;
    renewalDeps: RenewalDeps;
    /** For the young carer's own endpoints: the device cookie must name a live session. */
    authenticateDevice: onRequestAsyncHookHandler;
    setDeviceCookie(reply: FastifyReply, token: string, expiresAt: Date): void;
    /** Runs the renewal reminder job now (after an admin turns automatic reminders on). */
    runReminderJobNow(): Promise<void>;
    clearDeviceCookie(reply: FastifyReply): void;
  }
  interface FastifyRequest {
    device: SignedInDevice | null;
  }
}

/**
 * Young carers' own access: invitations, device sessions, the renewal
 * reminder job. The reminder job runs at start and every
 * REMINDER_JOB_INTERVAL_MINUTES in every process; its reminder rows make
 * that safe.
 */
export default fp<{ clock?: () => Date }>(
  async (app, { clock }) => {
    const now = () => (clock ? clock() : new Date());
    app.decorate('invitationDeps', { ...app.outboxDeps, config: app.config, branding: app.branding });
    app.decorate('myCardDeps', { ...app.cardDeps, branding: app.branding, benefits: () => app.benefitSnapshot.current() });
    app.decorate('renewalDeps', { ...app.outboxDeps, config: app.config, branding: app.branding });

    const secure = app.config.publicUrl.startsWith('https://');
    const cookie = { httpOnly: true, sameSite: 'strict' as const, secure, path: DEVICE_COOKIE_PATH };
    app.decorate('setDeviceCookie', (reply: FastifyReply, token: string, expiresAt: Date) => {
      void reply.setCookie(DEVICE_COOKIE, token, { ...cookie, expires: expiresAt });
    });
    app.decorate('clearDeviceCookie', (reply: FastifyReply) => {
      void reply.clearCookie(DEVICE_COOKIE, cookie);
    });
    app.decorateRequest('device', null);
    app.decorate('authenticateDevice', async (request: FastifyRequest) => {
      const device = await findDeviceSession(app.db, request.cookies[DEVICE_COOKIE], now());
      if (!device) throw new AppError('DEVICE_NOT_SIGNED_IN', 'Open the link you were sent, or enter your code, to see your card.');
      request.device = device;
    });

    let running: Promise<void> | undefined;
    const run = () => (running ??= job().finally(() => (running = undefined)));
    const job = async () => {
      try {
        const result = await runReminderJob(app.renewalDeps);
        if (result?.queued) {
          app.log.info({ queued: result.queued }, 'renewal reminders queued');
          void app.sendOutboxNow();
        }
      } catch (error) {
        app.log.error({ err: error }, 'renewal reminder job failed');
      }
    };
    app.decorate('runReminderJobNow', run);
    const timer = setInterval(() => void run(), app.config.reminderJobIntervalMinutes * 60_000);
    timer.unref();
    app.addHook('onReady', async () => {
      void run();
    });
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await running;
    });
  },
  { name: 'young-carer-access', dependencies: ['config', 'database', 'auth', 'printing', 'partners', 'cards', 'outbox'] },
);
