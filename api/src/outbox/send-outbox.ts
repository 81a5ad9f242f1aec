import type { AppDeps } from '../deps.ts';
import type { OutboxMessage } from '../generated/sqlite/client.ts';
import { backgroundJob, type BackgroundJob } from '../lib/background-job.ts';

/** What sending needs from nodemailer: a transporter's sendMail. */
export type MailTransport = {
  sendMail(mail: { from: string | { name: string; address: string }; to: string; subject: string; text: string; html?: string }): Promise<unknown>;
};

/** What sending needs: the message rows, the settings, the time, the From name, a log, and the mail server. */
type SendDeps = Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding' | 'log'> & { mail: MailTransport };

/** A claim older than this was left by a process that stopped mid-send; the message is taken back. */
export const STALE_CLAIM_MS = 5 * 60_000;
const BATCH = 20;

/** Seconds before try `attempt + 1`: 30 s, 2 min, 8 min, 32 min, about 2 h, then every 6 h. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000 * 4 ** (attempt - 1), 6 * 3_600_000);
}

/**
 * Sends every email that is due, once each, even with several API processes
 * polling the same database: a message is claimed by one conditional update
 * (queued -> sending) before it is sent. A failure leaves it queued, with
 * the reason and the time of the next try; after the last try, or when the
 * mail server refuses it for good (a 5xx answer), it is failed, never lost.
 * Returns how many were sent.
 */
export async function sendDueMessages(deps: SendDeps): Promise<number> {
  const { db } = deps;
  const now = deps.clock();
  await db.outboxMessage.updateMany({
    where: { status: 'sending', claimedAt: { lt: new Date(now.getTime() - STALE_CLAIM_MS) } },
    data: { status: 'queued', claimedAt: null, nextAttemptAt: now, updatedAt: now },
  });
  const due = await db.outboxMessage.findMany({
    where: { status: 'queued', nextAttemptAt: { lte: now } },
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
    take: BATCH,
  });
  let sent = 0;
  for (const message of due) {
    const claimed = await db.outboxMessage.updateMany({
      where: { id: message.id, status: 'queued' },
      data: { status: 'sending', claimedAt: deps.clock(), updatedAt: deps.clock() },
    });
    if (claimed.count !== 1) continue;
    if (await sendOne(deps, message)) sent++;
  }
  return sent;
}

async function sendOne(deps: SendDeps, message: OutboxMessage): Promise<boolean> {
  const attempts = message.attempts + 1;
  try {
    if (!message.toAddress) throw Object.assign(new Error('no address to send to'), { responseCode: 550 });
    await deps.mail.sendMail({
      from: await sender(deps),
      to: message.toAddress,
      subject: message.subject,
      text: message.textBody,
      ...(message.htmlBody ? { html: message.htmlBody } : {}),
    });
    const at = deps.clock();
    await deps.db.outboxMessage.update({
      where: { id: message.id },
      data: { status: 'sent', attempts, sentAt: at, nextAttemptAt: null, claimedAt: null, lastError: null, updatedAt: at },
    });
    return true;
  } catch (error) {
    const at = deps.clock();
    const permanent = isPermanent(error);
    const giveUp = permanent || attempts >= deps.config.mail.maxAttempts;
    await deps.db.outboxMessage.update({
      where: { id: message.id },
      data: {
        status: giveUp ? 'failed' : 'queued',
        attempts,
        claimedAt: null,
        nextAttemptAt: giveUp ? null : new Date(at.getTime() + retryDelayMs(attempts)),
        lastError: describe(error),
        updatedAt: at,
      },
    });
    // The id and the kind of failure only: the server's answer may quote the address.
    deps.log.warn({ messageId: message.id, attempts, giveUp, code: (error as { code?: unknown }).code ?? null }, 'email not sent');
    return false;
  }
}

function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/** A short, readable reason for staff. */
function describe(error: unknown): string {
  const { response, code, message } = error as { response?: unknown; code?: unknown; message?: unknown };
  const text = typeof response === 'string' && response ? response : typeof message === 'string' ? message : String(error);
  return (typeof code === 'string' && !text.includes(code) ? `${code}: ${text}` : text).replace(/\s+/g, ' ').slice(0, 300);
}

/** The From header, read at send time (the organisation's name may have changed). */
async function sender(deps: Pick<AppDeps, 'config' | 'branding'>): Promise<string | { name: string; address: string }> {
  if (deps.config.mail.from) return deps.config.mail.from;
  const host = new URL(deps.config.publicUrl).hostname;
  return { name: (await deps.branding.current()).view.organisationName, address: `no-reply@${host}` };
}

/**
 * With SMTP_URL set, every process sends what is due every OUTBOX_POLL_MS,
 * and at once after a message is queued (`runNow`); claims keep two
 * processes from sending one message. Without SMTP there is nothing to send:
 * messages wait for staff, and the job does nothing.
 */
export function outboxSender(deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding' | 'log' | 'mail'>): BackgroundJob {
  const { mail } = deps;
  return backgroundJob({
    name: 'outbox',
    intervalMs: deps.config.mail.pollMs,
    log: deps.log,
    run: async () => {
      if (mail) await sendDueMessages({ ...deps, mail });
    },
  });
}
