import fp from 'fastify-plugin';
import nodemailer from 'nodemailer';
import type { OutboxDeps } from '../outbox/outbox.ts';
import { sendDueMessages, type MailTransport } from '../outbox/send-outbox.ts';

declare module 'fastify' {
  interface FastifyInstance {
    outboxDeps: OutboxDeps;
    /** Sends what is due now rather than at the next poll (after queuing a message). Resolves when that run ends. */
    sendOutboxNow(): Promise<void>;
  }
}

/**
 * With SMTP_URL set, every process polls the outbox every OUTBOX_POLL_MS and
 * sends what is due (claims keep two processes from sending one message).
 * Without it there is nothing to send: messages wait for staff.
 */
export default fp<{ clock?: () => Date }>(
  async (app, { clock }) => {
    const deps: OutboxDeps = { db: app.db, config: app.config, clock };
    app.decorate('outboxDeps', deps);
    const { smtpUrl, from, pollMs } = app.config.mail;
    if (!smtpUrl) {
      app.decorate('sendOutboxNow', async () => undefined);
      return;
    }
    const transporter = nodemailer.createTransport(smtpUrl);
    const transport: MailTransport = transporter;
    const host = new URL(app.config.publicUrl).hostname;
    const sendDeps = {
      ...deps,
      transport,
      from: async () => from ?? { name: (await app.branding.current()).view.organisationName, address: `no-reply@${host}` },
      log: app.log,
    };

    let running: Promise<void> | undefined;
    let again = false;
    let closed = false;
    const run = (): Promise<void> => {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          try {
            await sendDueMessages(sendDeps);
          } catch (error) {
            app.log.error({ err: error }, 'outbox run failed');
          }
        } while (again && !closed);
      })().finally(() => {
        running = undefined;
      });
      return running;
    };
    app.decorate('sendOutboxNow', run);
    const timer = setInterval(() => void run(), pollMs);
    timer.unref();
    app.addHook('onReady', async () => {
      void run();
    });
    app.addHook('onClose', async () => {
      closed = true;
      clearInterval(timer);
      await running;
      transporter.close();
    });
  },
  { name: 'outbox', dependencies: ['config', 'database', 'printing'] },
);
