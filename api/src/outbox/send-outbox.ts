import type { Config } from '../config.ts';
import type { AppDeps } from '../deps.ts';
import type { OutboxMessage } from '../generated/sqlite/client.ts';
import { backgroundJob, type BackgroundJob } from '../lib/background-job.ts';
import { withoutCodes } from './outbox-message-view.ts';

/** What sending needs from nodemailer: a transporter's sendMail. */
export type MailTransport = {
  sendMail(mail: {
    from: string | { name: string; address: string };
    to: string;
    subject: string;
    text: string;
    html?: string;
    /** The Message-ID header: the same on every try of one message. */
    messageId?: string;
  }): Promise<unknown>;
};

/** What sending needs: the message rows, the settings, the time, the From name, a log, and the mail server. */
type SendDeps = Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding' | 'log'> & { mail: MailTransport };

/**
 * How long a claim holds without news from its process. The process sending
 * renews it (every third of it) until the mail server answers, so only a
 * claim left by a process that stopped mid-send runs out, and the message is
 * taken back.
 */
export const CLAIM_LEASE_MS = 60_000;
const BATCH = 20;

/** Why staff see a message tried again (or failed) after its process stopped. */
const LOST_TRY = 'The process sending it stopped before the mail server answered; it may have gone.';

/** Seconds before try `attempt + 1`: 30 s, 2 min, 8 min, 32 min, about 2 h, then every 6 h. */
export function retryDelayMs(attempt: number): number {
  return Math.min(30_000 * 4 ** (attempt - 1), 6 * 3_600_000);
}

/** The Message-ID of every try of one message, so a mail client threads or drops a second copy. */
export function outboxMessageId(config: Pick<Config, 'publicUrl'>, messageId: string): string {
  return `<outbox-${messageId}@${new URL(config.publicUrl).hostname}>`;
}

/**
 * Sends every email that is due, at least once each and a second time only
 * when a try's outcome was lost, even with several API processes polling the
 * same database. A message is claimed by one conditional update (queued ->
 * sending, counting the try) before it is sent, and the claim is renewed
 * while the mail server works; a claim whose process stopped runs out after
 * CLAIM_LEASE_MS and the message is tried again (failed, if that was its last
 * try). A failure leaves it queued, with the reason and the time of the next
 * try; after the last try, or when the mail server refuses it for good (a 5xx
 * answer), it is failed, never lost. Every try carries the same Message-ID.
 * Returns how many were sent. (A test may renew claims more often than
 * every third of the lease: `heartbeatMs`.)
 */
export async function sendDueMessages(deps: SendDeps, options: { heartbeatMs?: number } = {}): Promise<number> {
  const { db } = deps;
  const lease = { heartbeatMs: options.heartbeatMs ?? Math.floor(CLAIM_LEASE_MS / 3) };
  const now = deps.clock();
  const runOut = { status: 'sending', claimedAt: { lt: new Date(now.getTime() - CLAIM_LEASE_MS) } };
  // Its last try was lost: staff decide (it may have gone).
  await db.outboxMessage.updateMany({
    where: { ...runOut, attempts: { gte: deps.config.mail.maxAttempts } },
    data: { status: 'failed', claimedAt: null, nextAttemptAt: null, lastError: LOST_TRY, updatedAt: now },
  });
  await db.outboxMessage.updateMany({
    where: runOut,
    data: { status: 'queued', claimedAt: null, nextAttemptAt: now, lastError: LOST_TRY, updatedAt: now },
  });
  const due = await db.outboxMessage.findMany({
    where: { status: 'queued', nextAttemptAt: { lte: now } },
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
    take: BATCH,
  });
  let sent = 0;
  for (const message of due) {
    const claimedAt = deps.clock();
    // Only the row as read (no other process has claimed or tried it since); the try is counted now, so a lost one still counts.
    const claimed = await db.outboxMessage.updateMany({
      where: { id: message.id, status: 'queued', attempts: message.attempts, nextAttemptAt: { lte: now } },
      data: { status: 'sending', claimedAt, attempts: message.attempts + 1, updatedAt: claimedAt },
    });
    if (claimed.count !== 1) continue;
    if (await sendOne(deps, { message, attempts: message.attempts + 1, claimedAt }, lease)) sent++;
  }
  return sent;
}

type Claim = { message: OutboxMessage; attempts: number; claimedAt: Date };

async function sendOne(deps: SendDeps, claim: Claim, lease: { heartbeatMs: number }): Promise<boolean> {
  const { message, attempts } = claim;
  const heartbeat = renewWhileSending(deps, claim, lease.heartbeatMs);
  let outcome: { sent: true } | { sent: false; error: unknown };
  try {
    if (!message.toAddress) throw Object.assign(new Error('no address to send to'), { responseCode: 550 });
    await deps.mail.sendMail({
      from: await sender(deps),
      to: message.toAddress,
      subject: message.subject,
      text: message.textBody,
      ...(message.htmlBody ? { html: message.htmlBody } : {}),
      messageId: outboxMessageId(deps.config, message.id),
    });
    outcome = { sent: true };
  } catch (error) {
    outcome = { sent: false, error };
  }
  const held = await heartbeat.stop();
  const at = deps.clock();
  if (outcome.sent) {
    // Whoever holds it now: the mail server has it.
    await deps.db.outboxMessage.updateMany({
      where: { id: message.id, status: { in: ['sending', 'queued', 'failed'] } },
      data: { status: 'sent', sentAt: at, nextAttemptAt: null, claimedAt: null, lastError: null, updatedAt: at, ...withoutCodes(message) },
    });
    if (held === null) deps.log.warn({ messageId: message.id }, 'email sent after its claim ran out; another process may have sent it too');
    return true;
  }
  const { error } = outcome;
  const giveUp = isPermanent(error) || attempts >= deps.config.mail.maxAttempts;
  // Only while still ours: a process that took the message back decides what becomes of it.
  if (held !== null) {
    await deps.db.outboxMessage.updateMany({
      where: { id: message.id, status: 'sending', attempts, claimedAt: held },
      data: {
        status: giveUp ? 'failed' : 'queued',
        claimedAt: null,
        nextAttemptAt: giveUp ? null : new Date(at.getTime() + retryDelayMs(attempts)),
        lastError: describe(error),
        updatedAt: at,
      },
    });
  }
  // The id and the kind of failure only: the server's answer may quote the address.
  deps.log.warn({ messageId: message.id, attempts, giveUp, code: (error as { code?: unknown }).code ?? null }, 'email not sent');
  return false;
}

/**
 * Renews the claim every `heartbeatMs` while the mail server works, so no
 * other process takes the message back. `stop` resolves with the claim's
 * last time, or null once it was lost (taken back after a run-out lease).
 */
function renewWhileSending(deps: SendDeps, claim: Claim, heartbeatMs: number): { stop(): Promise<Date | null> } {
  let held: Date | null = claim.claimedAt;
  let renewing: Promise<void> = Promise.resolve();
  const renew = async () => {
    if (held === null) return;
    const at = deps.clock();
    try {
      const renewed = await deps.db.outboxMessage.updateMany({
        where: { id: claim.message.id, status: 'sending', attempts: claim.attempts, claimedAt: held },
        data: { claimedAt: at },
      });
      if (renewed.count === 1) held = at;
      else {
        held = null;
        deps.log.warn({ messageId: claim.message.id }, 'an email\'s claim ran out while it was being sent');
      }
    } catch (err) {
      // Tried again at the next beat; the claim holds for the rest of its lease.
      deps.log.warn({ err, messageId: claim.message.id }, 'could not renew an email\'s claim');
    }
  };
  const timer = setInterval(() => {
    renewing = renewing.then(renew);
  }, heartbeatMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await renewing;
      return held;
    },
  };
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
 * processes from sending one message (see sendDueMessages). Without SMTP there is nothing to send:
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
