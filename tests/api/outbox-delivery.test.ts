import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxRow } from '../../api/src/outbox/outbox-row.ts';
import { CLAIM_LEASE_MS, sendDueMessages } from '../../api/src/outbox/send-outbox.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

const until = async (check: () => boolean | Promise<boolean>, timeoutMs = 5_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
};

describe.each(testEngines())('email delivery on %s: at least once, rarely twice, one Message-ID', (engine) => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let counter = 0;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp(engine, { SMTP_URL: smtp.url, OUTBOX_POLL_MS: '600000' });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  /** A queued email (or a row as given), straight into the outbox; its subject is its own. */
  const queue = async (data: Record<string, unknown> = {}) => {
    counter += 1;
    const subject = `Your card renewal ${engine} ${counter}`;
    const row = outboxRow(t.app.deps, { kind: 'renewal_reminder', channel: 'email', to: 'parent@carers.test', text: { subject, text: 'Hello', html: '<p>Hello</p>' } });
    await t.app.db.outboxMessage.create({ data: { ...row, ...data } });
    return { id: row.id, subject };
  };
  const row = (id: string) => t.app.db.outboxMessage.findUniqueOrThrow({ where: { id } });
  const copies = (list: typeof smtp.received, subject: string) => list.filter((m) => m.subject === subject);
  const runOutbox = () => t.app.deps.jobs.outbox.runNow();

  it('every try of one message carries the same Message-ID, so a copy after a lost answer is the same email', async () => {
    const { id, subject } = await queue();
    smtp.failWith(451);
    try {
      await runOutbox();
    } finally {
      smtp.failWith(null);
    }
    expect(await row(id)).toMatchObject({ status: 'queued', attempts: 1 });

    // The server takes the message, then the connection drops before its "250 OK".
    smtp.dropAfterNextData();
    t.clock.advance(31_000);
    await runOutbox();
    expect(await row(id)).toMatchObject({ status: 'queued', attempts: 2 });

    t.clock.advance(2 * 60_000 + 1_000);
    await runOutbox();
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 3 });

    const tries = copies(smtp.tried, subject);
    expect(tries).toHaveLength(3);
    expect(copies(smtp.received, subject)).toHaveLength(2);
    expect(tries.map((m) => m.messageId)).toEqual(Array(3).fill(`<outbox-${id}@cards.test>`));
  });

  it('takes back a claim left by a stopped process once its lease has run out, sends it once, and counts the lost try', async () => {
    // What a process killed mid-send leaves: the message claimed, its try counted, no answer.
    const { id, subject } = await queue({ status: 'sending', claimedAt: t.clock.now, attempts: 1 });
    t.clock.advance(CLAIM_LEASE_MS / 2);
    await runOutbox();
    expect(await row(id)).toMatchObject({ status: 'sending', attempts: 1 });

    t.clock.advance(CLAIM_LEASE_MS / 2 + 1_000);
    await runOutbox();
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 2, claimedAt: null, lastError: null });
    await runOutbox();
    expect(copies(smtp.received, subject)).toHaveLength(1);
    expect(copies(smtp.received, subject)[0]!.messageId).toBe(`<outbox-${id}@cards.test>`);
  });

  it('a claim left on its last try is failed for staff, not sent again', async () => {
    const { id, subject } = await queue({ status: 'sending', claimedAt: t.clock.now, attempts: t.config.mail.maxAttempts });
    t.clock.advance(CLAIM_LEASE_MS + 1_000);
    await runOutbox();
    expect(await row(id)).toMatchObject({ status: 'failed', attempts: t.config.mail.maxAttempts, lastError: expect.stringContaining('stopped before the mail server answered') });
    expect(copies(smtp.tried, subject)).toHaveLength(0);
  });

  it('a send that outlasts the lease keeps its claim: no other sender takes the message meanwhile', async () => {
    const { id, subject } = await queue();
    const deps = { ...t.app.deps, mail: t.app.deps.mail! };
    const hold = smtp.holdAnswers();
    let first: Promise<number> | undefined;
    let second: Promise<number> | undefined;
    try {
      first = sendDueMessages(deps, { heartbeatMs: 50 });
      // The server has read the message and keeps its answer.
      expect(await until(() => copies(smtp.tried, subject).length === 1)).toBe(true);
      expect(await row(id)).toMatchObject({ status: 'sending', attempts: 1 });

      // Long past the lease (and past any five-minute one): only the claim's renewal keeps it.
      t.clock.advance(6 * 60_000);
      await until(async () => (await row(id)).claimedAt?.getTime() === t.clock.now.getTime(), 2_000);
      second = sendDueMessages(deps, { heartbeatMs: 50 });
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      hold.release();
    }
    expect(await second).toBe(0);
    expect(await first).toBe(1);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 1, claimedAt: null });
    expect(copies(smtp.tried, subject)).toHaveLength(1);
    expect(copies(smtp.received, subject)).toHaveLength(1);
  });
});
