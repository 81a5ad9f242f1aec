import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BackgroundJob } from '../../api/src/lib/background-job.ts';
import { createInvitation } from '../../api/src/invitations/create-invitation.ts';
import { retryMessage } from '../../api/src/outbox/retry-message.ts';
import { runReminderJob } from '../../api/src/renewals/run-reminder-job.ts';
import { sendRenewalReminders } from '../../api/src/renewals/send-renewal-reminders.ts';
import { updateReminderSettings } from '../../api/src/renewals/update-reminder-settings.ts';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp-server.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

const DAY = 86_400_000;
let counter = 0;

/** What a young carer's own answers and messages must never contain. */
const PRIVATE = ['Kowalczyk', '2012-03-09', '09/03/2012', 'multiple sclerosis', 'mum'];

function holderBody(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    givenName: 'Zofia',
    familyName: `Kowalczyk${counter}`,
    dateOfBirth: '2012-03-09',
    contactEmail: `parent${counter}@family.test`,
    consentBy: 'parent',
    consentAt: '2026-01-10T10:00:00.000Z',
    consentMethod: 'written',
    caringNote: 'Cares for her mum, who has multiple sclerosis',
    ...overrides,
  };
}

const cookieOf = (response: LightMyRequestResponse) => response.cookies.find((c) => c.name === 'yc_device');

describe.each(testEngines())("young carers' own cards, invitations and email on %s", (engine) => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let staffToken: string;
  let adminToken: string;
  let staffEmail: string;
  let staffLogin: { email: string; password: string };
  let adminLogin: { email: string; password: string };
  /** After moving the clock by months, sessions have ended: sign in again "then". */
  const signInStaffAgain = async () => {
    staffToken = (await loginAs(t.app, staffLogin)).accessToken;
    adminToken = (await loginAs(t.app, adminLogin)).accessToken;
  };
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp(engine, { SMTP_URL: smtp.url, OUTBOX_POLL_MS: '600000', INVITATION_MAX_ATTEMPTS: '3', ORGANISATION_NAME: 'Riverside Carers', ORGANISATION_HELPLINE: '0800 111 2222' });
    staffLogin = await createStaffMember(t.app, 'staff');
    adminLogin = await createStaffMember(t.app, 'admin');
    staffEmail = staffLogin.email;
    await signInStaffAgain();
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, as = staffToken) => t.app.inject({ method, url, payload, headers: bearer(as) });
  const asDevice = (method: 'GET' | 'POST', url: string, cookie: string) => t.app.inject({ method, url, cookies: { yc_device: cookie } });
  // Each test signs in from an address of its own: sign-in is rate limited per address.
  let address = 0;
  let ip = '';
  beforeEach(() => {
    ip = `10.0.${++address}.1`;
  });
  const signIn = (code: string, dateOfBirth: string, from = ip) => t.app.inject({ method: 'POST', url: '/api/my/sign-in', payload: { code, dateOfBirth }, remoteAddress: from });
  const verify = async (token: string) => (await t.app.inject({ method: 'POST', url: '/api/v1/verify', payload: { token } })).json().result as string;

  async function holderWithCard(overrides: Record<string, unknown> = {}) {
    const created = await call('POST', '/api/holders', holderBody(overrides));
    expect(created.statusCode, created.body).toBe(201);
    const holder = created.json().holder;
    const issued = await call('POST', `/api/holders/${holder.id}/cards`, {});
    expect(issued.statusCode, issued.body).toBe(201);
    return { holder, card: issued.json().card };
  }

  async function invite(cardId: string, channel: 'email' | 'print' = 'email') {
    const response = await call('POST', `/api/cards/${cardId}/invitations`, { channel });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  it('emails an invitation with the link and code, naming the young carer by first name only', async () => {
    const { holder, card } = await holderWithCard();
    const before = smtp.received.length;
    const created = await invite(card.id);
    expect(created.code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(created.link).toBe(`http://cards.test/my#code=${created.code}`);
    expect(created.invitation).toMatchObject({ status: 'active', channel: 'email', uses: 0, holderId: holder.id });
    expect(new Date(created.invitation.expiresAt).getTime() - t.clock.now.getTime()).toBe(14 * DAY);

    await t.app.deps.jobs.outbox.runNow();
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.to).toMatchObject({ text: holder.contactEmail });
    expect(mail!.from?.text).toContain('Riverside Carers');
    expect(mail!.subject).toContain('Zofia');
    for (const body of [mail!.text ?? '', String(mail!.html)]) {
      expect(body).toContain(created.link);
      expect(body).toContain(created.code);
      expect(body).toContain('Zofia');
      expect(body).toContain('0800 111 2222');
      for (const secret of [...PRIVATE, holder.familyName, card.number, card.token]) expect(body).not.toContain(secret);
    }
    const message = (await call('GET', `/api/outbox/${created.message.id}`)).json().message;
    expect(message).toMatchObject({ status: 'sent', attempts: 1, to: holder.contactEmail, kind: 'card_invitation' });
    // Sent: the stored message keeps the code no longer.
    const sentRow = await t.app.db.outboxMessage.findUniqueOrThrow({ where: { id: created.message.id } });
    expect(`${sentRow.textBody} ${sentRow.htmlBody ?? ''}`).not.toContain(created.code);
    expect(sentRow.textBody).toContain('•••••-•••••');
    // Only a hash of the code is stored.
    const row = await t.app.db.invitation.findUniqueOrThrow({ where: { id: created.invitation.id } });
    expect(JSON.stringify(row)).not.toContain(created.code.replace('-', ''));
  });

  it('sends an emailed invitation at once, without waiting for the outbox to poll', async () => {
    const { holder, card } = await holderWithCard();
    const before = smtp.received.length;
    const created = await invite(card.id);
    // OUTBOX_POLL_MS is 10 minutes here: only "Send card" itself can have told the outbox.
    const mail = (await smtp.waitFor(before + 1)).slice(before).find((m) => m.subject?.includes('your card from'));
    expect(mail?.to).toMatchObject({ text: holder.contactEmail });
    await expect.poll(async () => (await call('GET', `/api/outbox/${created.message.id}`)).json().message.status).toBe('sent');
  });

  it('opens with the right date of birth only, and the phone then sees its own card and nothing else', async () => {
    const { card } = await holderWithCard({ preferredName: 'Zosia' });
    const { code, invitation } = await invite(card.id);

    const wrong = await signIn(code, '2012-03-10');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'DATE_OF_BIRTH_MISMATCH', field: 'dateOfBirth' });
    expect(wrong.json().error.message).toMatch(/2 tries left/);
    expect(cookieOf(wrong)).toBeUndefined();

    const typedLoosely = code.toLowerCase().replace('-', ' ').replace(/0/g, 'o');
    const right = await signIn(typedLoosely, '2012-03-09');
    expect(right.statusCode, right.body).toBe(200);
    const cookie = cookieOf(right)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/my' });
    expect(new Date(cookie.expires!).getTime()).toBeGreaterThan(t.clock.now.getTime() + 300 * DAY);

    const mine = await asDevice('GET', '/api/my/card', cookie.value);
    expect(mine.statusCode, mine.body).toBe(200);
    const body = mine.json();
    expect(body).toMatchObject({ name: 'Zosia', state: 'active', issuer: { name: 'Riverside Carers', helpline: '0800 111 2222' } });
    expect(body.card).toMatchObject({ id: card.id, number: card.number, expiresOn: card.expiresOn, verifyUrl: card.verifyUrl });
    for (const secret of [...PRIVATE, 'Zofia', 'parent']) expect(mine.body).not.toContain(secret);

    const pdf = await asDevice('GET', '/api/my/card/pdf', cookie.value);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    // The device cookie opens nothing of the staff API.
    expect((await t.app.inject({ method: 'GET', url: '/api/holders', cookies: { yc_device: cookie.value } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/my/card' })).json().error.code).toBe('DEVICE_NOT_SIGNED_IN');
    expect((await asDevice('GET', '/api/my/card', 'made-up')).statusCode).toBe(401);

    const listed = (await call('GET', `/api/invitations?holderId=${card.holderId}`)).json().items;
    expect(listed.find((i: { id: string }) => i.id === invitation.id)).toMatchObject({ uses: 1, failedAttempts: 1, status: 'used', createdByEmail: staffEmail });
    // A code opens one phone, once: the same code and date again open nothing.
    const again = await signIn(code, '2012-03-09', '10.99.0.1');
    expect(again.statusCode).toBe(410);
    expect(again.json().error).toMatchObject({ code: 'INVITATION_USED', field: 'code' });
    expect(cookieOf(again)).toBeUndefined();
    const actions = (await t.app.db.auditEvent.findMany({ where: { entityId: card.holderId } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['invitation.create', 'invitation.wrong_date_of_birth', 'invitation.use']));
    const pdfEvent = await t.app.db.auditEvent.findFirst({ where: { action: 'card.pdf', entityId: card.id } });
    expect(JSON.parse(pdfEvent!.details)).toHaveProperty('byHolderDevice');

    // Staff sign the phone out: the next call is refused.
    const devices = (await call('GET', `/api/holders/${card.holderId}/devices`)).json().items;
    expect(devices).toHaveLength(1);
    expect(devices[0].active).toBe(true);
    expect((await call('POST', `/api/devices/${devices[0].id}/sign-out`)).statusCode).toBe(200);
    expect((await asDevice('GET', '/api/my/card', cookie.value)).statusCode).toBe(401);
  });

  it('locks after the configured number of wrong dates of birth and alerts the sender', async () => {
    const { card } = await holderWithCard();
    const { code, invitation } = await invite(card.id);
    await t.app.deps.jobs.outbox.runNow();
    const sentBefore = smtp.received.length;
    expect((await signIn(code, '2012-01-01')).json().error.code).toBe('DATE_OF_BIRTH_MISMATCH');
    expect((await signIn(code, '2012-01-02')).json().error.message).toMatch(/1 try left/);
    const third = await signIn(code, '2012-01-03');
    expect(third.statusCode).toBe(423);
    expect(third.json().error.code).toBe('INVITATION_LOCKED');
    const afterLock = await signIn(code, '2012-03-09');
    expect(afterLock.statusCode).toBe(423);
    expect(cookieOf(afterLock)).toBeUndefined();

    const locked = (await call('GET', '/api/invitations?status=locked')).json().items;
    expect(locked.map((i: { id: string }) => i.id)).toContain(invitation.id);
    await t.app.deps.jobs.outbox.runNow();
    const alert = (await smtp.waitFor(sentBefore + 1)).at(-1)!;
    expect(alert.to).toMatchObject({ text: staffEmail });
    expect(alert.text).toContain(`/holders/${card.holderId}`);
    for (const secret of [...PRIVATE, 'Zofia']) expect(alert.text).not.toContain(secret);
  });

  it('refuses expired, withdrawn and unknown invitations, and limits sign-in attempts per address', async () => {
    const { card } = await holderWithCard();
    const expiring = await invite(card.id);
    const withdrawn = await invite(card.id);
    expect((await call('POST', `/api/invitations/${withdrawn.invitation.id}/revoke`)).json().invitation).toMatchObject({ status: 'revoked', createdByEmail: staffEmail });
    expect((await call('POST', `/api/invitations/${withdrawn.invitation.id}/revoke`)).statusCode).toBe(409);
    expect((await signIn(withdrawn.code, '2012-03-09')).json().error.code).toBe('INVITATION_INVALID');
    expect((await signIn('AAAAA-AAAAA', '2012-03-09')).json().error.code).toBe('INVITATION_INVALID');
    const malformed = await signIn('not a code!', '2012-03-09');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toMatchObject({ code: 'INVITATION_INVALID', field: 'code' });
    expect((await signIn(expiring.code, 'yesterday')).json().error.code).toBe('VALIDATION_FAILED');

    t.clock.advance(15 * DAY);
    await signInStaffAgain();
    try {
      const expired = await signIn(expiring.code, '2012-03-09');
      expect(expired.statusCode).toBe(410);
      expect(expired.json().error.code).toBe('INVITATION_EXPIRED');
      expect((await call('GET', `/api/invitations?holderId=${card.holderId}`)).json().items.map((i: { status: string }) => i.status).sort()).toEqual(['expired', 'revoked']);
    } finally {
      t.clock.advance(-15 * DAY);
      await signInStaffAgain();
    }

    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await signIn('BBBBB-BBBBB', '2012-03-09', '10.9.9.9')).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it("freezes a card the young carer reports lost, shows staff the freeze, and follows the holder's new card", async () => {
    const { card } = await holderWithCard();
    const { code } = await invite(card.id);
    const cookie = cookieOf(await signIn(code, '2012-03-09'))!.value;
    expect(await verify(card.token)).toBe('valid');

    const lost = await asDevice('POST', '/api/my/card/lost', cookie);
    expect(lost.statusCode, lost.body).toBe(200);
    expect(lost.json()).toMatchObject({ state: 'frozen', card: { reportedLost: true, verifyUrl: null }, benefits: [] });
    expect(await verify(card.token)).toBe('not_valid');
    expect((await asDevice('POST', '/api/my/card/lost', cookie)).statusCode).toBe(409);
    const staffView = (await call('GET', `/api/cards/${card.id}`)).json().card;
    expect(staffView).toMatchObject({ status: 'suspended', statusReason: 'reported_lost' });
    expect((await t.app.db.auditEvent.findFirst({ where: { action: 'my_card.report_lost', entityId: card.id } }))).not.toBeNull();
    // Staff find the cards young carers froze ("needs attention"); a card staff suspended is not among them.
    const other = await holderWithCard();
    expect((await call('POST', `/api/cards/${other.card.id}/suspend`, { reason: 'lost' })).statusCode).toBe(200);
    const reportedLost = async () =>
      (await call('GET', '/api/cards?status=suspended&reason=reported_lost&pageSize=200')).json().items.map((i: { card: { id: string } }) => i.card.id);
    expect(await reportedLost()).toContain(card.id);
    expect(await reportedLost()).not.toContain(other.card.id);

    // Staff reissue: the page shows the new card; the old one stays dead.
    const reissued = await call('POST', `/api/cards/${card.id}/reissue`, { reason: 'lost' });
    expect(reissued.statusCode, reissued.body).toBe(201);
    const fresh = reissued.json().card;
    const now = (await asDevice('GET', '/api/my/card', cookie)).json();
    expect(now).toMatchObject({ state: 'active', card: { id: fresh.id, number: fresh.number, verifyUrl: fresh.verifyUrl, reportedLost: false } });
    expect(await verify(card.token)).toBe('not_valid');
    expect(await verify(fresh.token)).toBe('valid');
    expect(await reportedLost()).not.toContain(card.id);

    expect((await call('POST', `/api/cards/${fresh.id}/revoke`, { reason: 'no_longer_caring' })).statusCode).toBe(200);
    const revoked = (await asDevice('GET', '/api/my/card', cookie)).json();
    expect(revoked).toMatchObject({ state: 'revoked', card: { verifyUrl: null } });
    expect(JSON.stringify(revoked)).not.toContain('no_longer_caring');
    expect((await asDevice('GET', '/api/my/card/pdf', cookie)).json().error.code).toBe('CARD_NOT_PRINTABLE');
  });

  it('puts a printed slip in the outbox for staff, and refuses email without a contact address', async () => {
    const { card, holder } = await holderWithCard({ contactEmail: null });
    const refused = await call('POST', `/api/cards/${card.id}/invitations`, { channel: 'email' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'NO_CONTACT_EMAIL', field: 'channel' });
    const slip = await invite(card.id, 'print');
    expect(slip.message).toMatchObject({ channel: 'print', to: null, status: 'manual' });
    expect(slip.message.text).toContain(slip.code);
    // The code is for the staff member who sent it: a colleague reading the outbox sees dots.
    const own = (await call('GET', `/api/outbox/${slip.message.id}`)).json().message;
    expect(own).toMatchObject({ codeHidden: false });
    expect(own.text).toContain(slip.code);
    const colleagues = [(await call('GET', `/api/outbox/${slip.message.id}`, undefined, adminToken)).json().message, (await call('GET', `/api/outbox?holderId=${holder.id}`, undefined, adminToken)).json().items[0]];
    for (const seen of colleagues) {
      expect(seen).toMatchObject({ id: slip.message.id, codeHidden: true });
      expect(seen.text).not.toContain(slip.code);
      expect(seen.text).toContain('•••••-•••••');
    }
    const list = (await call('GET', `/api/outbox?holderId=${holder.id}`)).json();
    expect(list).toMatchObject({ total: 1, emailEnabled: true });
    expect(list.needsAction).toBeGreaterThanOrEqual(1);
    expect((await call('POST', `/api/outbox/${slip.message.id}/retry`)).json().error.code).toBe('MESSAGE_STATE_CONFLICT');
    const handed = await call('POST', `/api/outbox/${slip.message.id}/handed-over`);
    expect(handed.json().message.status).toBe('handed_over');
    // Passed on: the code is kept no longer, for anyone.
    const stored = await t.app.db.outboxMessage.findUniqueOrThrow({ where: { id: slip.message.id } });
    expect(`${stored.textBody} ${stored.htmlBody ?? ''}`).not.toContain(slip.code);
    expect((await call('GET', `/api/outbox/${slip.message.id}`)).json().message.text).not.toContain(slip.code);
    expect((await call('POST', `/api/outbox/${slip.message.id}/handed-over`)).statusCode).toBe(409);
    // A slip not yet handed over is withdrawn with its invitation, so no dead code goes out.
    const second = await invite(card.id, 'print');
    await call('POST', `/api/invitations/${second.invitation.id}/revoke`);
    expect((await call('GET', `/api/outbox/${second.message.id}`)).json().message.status).toBe('withdrawn');
    expect((await call('GET', `/api/outbox/${slip.message.id}`)).json().message.status).toBe('handed_over');
    expect((await call('POST', `/api/cards/${card.id}/invitations`, { channel: 'fax' })).statusCode).toBe(400);
    expect((await call('POST', '/api/cards/nope/invitations', { channel: 'print' })).statusCode).toBe(404);
  });

  it('keeps a message queued with the reason while the mail server fails, sends it when it recovers, and fails it for good on a permanent refusal', async () => {
    const { card } = await holderWithCard();
    smtp.failWith(451);
    try {
      const { message } = await invite(card.id);
      await t.app.deps.jobs.outbox.runNow();
      let row = (await call('GET', `/api/outbox/${message.id}`)).json().message;
      expect(row).toMatchObject({ status: 'queued', attempts: 1 });
      expect(row.lastError).toMatch(/451/);
      expect(new Date(row.nextAttemptAt).getTime()).toBe(t.clock.now.getTime() + 30_000);
      // Not due yet: nothing is tried.
      await t.app.deps.jobs.outbox.runNow();
      expect((await call('GET', `/api/outbox/${message.id}`)).json().message.attempts).toBe(1);

      smtp.failWith(null);
      const before = smtp.received.length;
      t.clock.advance(31_000);
      await t.app.deps.jobs.outbox.runNow();
      await smtp.waitFor(before + 1);
      row = (await call('GET', `/api/outbox/${message.id}`)).json().message;
      expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null });

      smtp.failWith(550);
      const doomed = (await invite(card.id)).message;
      await t.app.deps.jobs.outbox.runNow();
      row = (await call('GET', `/api/outbox/${doomed.id}`)).json().message;
      expect(row).toMatchObject({ status: 'failed', attempts: 1 });
      expect(row.lastError).toMatch(/550/);
      smtp.failWith(null);
      const retried = await call('POST', `/api/outbox/${doomed.id}/retry`);
      expect(retried.json().message).toMatchObject({ status: 'queued', attempts: 0 });
      await t.app.deps.jobs.outbox.runNow();
      expect((await call('GET', `/api/outbox/${doomed.id}`)).json().message.status).toBe('sent');
    } finally {
      smtp.failWith(null);
    }
  });

  it('lists cards expiring soon and sends one renewal reminder per card, however often it runs', async () => {
    const soon = await holderWithCard();
    const phoneOnly = await holderWithCard({ contactEmail: null, contactPhone: '0115 000 0000' });
    // Move time to 20 days before these cards run out.
    const shift = new Date(soon.card.expiresAt).getTime() - 20 * DAY - t.clock.now.getTime();
    t.clock.advance(shift);
    await signInStaffAgain();
    try {
      const listed0 = await call('GET', '/api/renewals?withinDays=30');
      expect(listed0.statusCode, listed0.body).toBe(200);
      const list = listed0.json();
      const mine = list.items.filter((i: { card: { id: string } }) => [soon.card.id, phoneOnly.card.id].includes(i.card.id));
      expect(mine).toHaveLength(2);
      expect(mine.find((i: { card: { id: string } }) => i.card.id === phoneOnly.card.id).holder).toMatchObject({ hasEmail: false, hasPhone: true });

      const first = (await call('POST', '/api/renewal-reminders', { withinDays: 30, cardIds: [soon.card.id, phoneOnly.card.id] })).json();
      expect(first).toEqual({ queued: 1, alreadyReminded: 0, noEmail: 1, noContact: 0, agesOut: 0 });
      const again = (await call('POST', '/api/renewal-reminders', { withinDays: 30, cardIds: [soon.card.id, phoneOnly.card.id] })).json();
      expect(again).toEqual({ queued: 0, alreadyReminded: 1, noEmail: 1, noContact: 0, agesOut: 0 });

      const before = smtp.received.length;
      await t.app.deps.jobs.outbox.runNow();
      const [reminder] = (await smtp.waitFor(before + 1)).slice(before);
      expect(reminder!.subject).toMatch(/Zofia, your card runs out on/);
      for (const secret of PRIVATE) expect(reminder!.text).not.toContain(secret);
      const listed = (await call('GET', '/api/renewals?withinDays=30')).json().items.find((i: { card: { id: string } }) => i.card.id === soon.card.id);
      expect(listed.reminder).toMatchObject({ trigger: 'staff', messageStatus: 'sent' });

      // The scheduled job: off by default; once on, runs twice (even at once) and reminds each card once.
      const third = await holderWithCard();
      t.clock.advance(new Date(third.card.expiresAt).getTime() - 10 * DAY - t.clock.now.getTime());
      await signInStaffAgain();
      expect(await runReminderJob(t.app.deps)).toBeNull();
      expect((await call('PUT', '/api/settings/reminders', { automatic: true }, staffToken)).statusCode).toBe(403);
      const settings = await call('PUT', '/api/settings/reminders', { automatic: true, daysBefore: 14 }, adminToken);
      // Turning it on runs the job at once for the cards already in the window.
      expect(settings.json()).toMatchObject({ settings: { automatic: true, daysBefore: 14 }, emailEnabled: true, lastRun: { result: { queued: 1 } } });
      // Two runs at once (two processes, say) over a newly due card: it is reminded once.
      const fourth = await holderWithCard({ dateOfBirth: third.holder.dateOfBirth });
      t.clock.advance(new Date(fourth.card.expiresAt).getTime() - 10 * DAY - t.clock.now.getTime());
      await signInStaffAgain();
      const [a, b] = await Promise.all([runReminderJob(t.app.deps), runReminderJob(t.app.deps)]);
      expect(a!.queued + b!.queued).toBe(1);
      for (const { card } of [third, fourth]) {
        const reminders = await t.app.db.renewalReminder.findMany({ where: { cardId: card.id } });
        expect(reminders).toHaveLength(1);
        expect(reminders[0]!.trigger).toBe('scheduled');
        expect(await t.app.db.outboxMessage.count({ where: { cardId: card.id, kind: 'renewal_reminder' } })).toBe(1);
      }
      const rerun = await runReminderJob(t.app.deps);
      expect(rerun!.queued).toBe(0);
      expect((await call('GET', '/api/settings/reminders')).json().lastRun.result.queued).toBe(0);
      await call('PUT', '/api/settings/reminders', { automatic: false }, adminToken);
    } finally {
      t.clock.now = new Date();
      await signInStaffAgain();
    }
  });
});

describe('without SMTP configured', () => {
  let t: TestApp;
  let staffToken: string;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
    staffToken = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
  });
  afterAll(async () => t?.close());

  it('leaves every email in the outbox for staff to copy, and says email is not set up', async () => {
    const headers = bearer(staffToken);
    const holder = (await t.app.inject({ method: 'POST', url: '/api/holders', payload: holderBody(), headers })).json().holder;
    const card = (await t.app.inject({ method: 'POST', url: `/api/holders/${holder.id}/cards`, payload: {}, headers })).json().card;
    const created = (await t.app.inject({ method: 'POST', url: `/api/cards/${card.id}/invitations`, payload: { channel: 'email' }, headers })).json();
    expect(created.message).toMatchObject({ status: 'manual', to: holder.contactEmail });
    const outbox = (await t.app.inject({ method: 'GET', url: '/api/outbox?status=manual', headers })).json();
    expect(outbox).toMatchObject({ emailEnabled: false, total: 1 });
    const retry = await t.app.inject({ method: 'POST', url: `/api/outbox/${created.message.id}/retry`, headers });
    expect(retry.statusCode).toBe(409);
    expect(retry.json().error.code).toBe('EMAIL_NOT_CONFIGURED');
  });
});

/** A stand-in for a background job that counts the runs asked of it. */
function countingJob(run: () => Promise<void> = async () => {}): BackgroundJob & { runs: number } {
  const job = {
    name: 'counting',
    runs: 0,
    async runNow() {
      job.runs++;
      await run();
    },
    start() {},
    async stop() {},
  };
  return job;
}

describe.each(testEngines())('use-cases that queue messages tell the background jobs themselves, on %s', (engine) => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let staffToken: string;
  const staff = { actor: null, ip: null };
  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp(engine, { SMTP_URL: smtp.url, OUTBOX_POLL_MS: '600000' });
    staffToken = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  async function holderWithCard(overrides: Record<string, unknown> = {}) {
    const headers = bearer(staffToken);
    const holder = (await t.app.inject({ method: 'POST', url: '/api/holders', payload: holderBody(overrides), headers })).json().holder;
    const card = (await t.app.inject({ method: 'POST', url: `/api/holders/${holder.id}/cards`, payload: {}, headers })).json().card;
    return { holder, card };
  }
  const withOutbox = (outbox: BackgroundJob) => ({ ...t.app.deps, jobs: { outbox } });

  it('createInvitation tells the outbox once the message is saved, and not when it refuses', async () => {
    const { card } = await holderWithCard();
    const outbox = countingJob();
    const created = await createInvitation(withOutbox(outbox), { context: staff, cardId: card.id, channel: 'email' });
    expect(outbox.runs).toBe(1);
    expect(await t.app.db.outboxMessage.findUnique({ where: { id: created.message.id } })).toMatchObject({ status: 'queued' });

    const noEmail = await holderWithCard({ contactEmail: null });
    await expect(createInvitation(withOutbox(outbox), { context: staff, cardId: noEmail.card.id, channel: 'email' })).rejects.toMatchObject({ code: 'NO_CONTACT_EMAIL' });
    expect(outbox.runs).toBe(1);
  });

  it('retryMessage tells the outbox when it queues the message again, and not when it refuses', async () => {
    const { card } = await holderWithCard();
    const { message } = await createInvitation(withOutbox(countingJob()), { context: staff, cardId: card.id, channel: 'email' });
    const outbox = countingJob();
    // Still queued: nothing to retry.
    await expect(retryMessage(withOutbox(outbox), { context: staff, messageId: message.id })).rejects.toMatchObject({ code: 'MESSAGE_STATE_CONFLICT' });
    expect(outbox.runs).toBe(0);
    await t.app.db.outboxMessage.update({ where: { id: message.id }, data: { status: 'failed', attempts: 5, nextAttemptAt: null } });
    const retried = await retryMessage(withOutbox(outbox), { context: staff, messageId: message.id });
    expect(retried).toMatchObject({ status: 'queued', attempts: 0 });
    expect(outbox.runs).toBe(1);
  });

  it('sendRenewalReminders tells the outbox when staff queued something, never for a scheduled run (the job does)', async () => {
    const first = await holderWithCard();
    const second = await holderWithCard();
    const outbox = countingJob();
    const wholeValidity = 10 * 366;
    const byStaff = (cardId: string) => sendRenewalReminders(withOutbox(outbox), { context: staff, withinDays: wholeValidity, cardIds: [cardId], trigger: 'staff' });
    expect(await byStaff(first.card.id)).toEqual({ queued: 1, alreadyReminded: 0, noEmail: 0, noContact: 0, agesOut: 0 });
    expect(outbox.runs).toBe(1);
    // Nothing new queued: the outbox is not bothered.
    expect(await byStaff(first.card.id)).toEqual({ queued: 0, alreadyReminded: 1, noEmail: 0, noContact: 0, agesOut: 0 });
    expect(outbox.runs).toBe(1);
    const scheduled = await sendRenewalReminders(withOutbox(outbox), { context: staff, withinDays: wholeValidity, cardIds: [second.card.id], trigger: 'scheduled' });
    expect(scheduled.queued).toBe(1);
    expect(outbox.runs).toBe(1);
  });

  it('updateReminderSettings runs the reminder job before it answers when turned on, and answers with that run', async () => {
    const outbox = countingJob();
    let finished = false;
    const renewalReminders = countingJob(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await runReminderJob(withOutbox(outbox));
      finished = true;
    });
    const deps = { ...t.app.deps, jobs: { renewalReminders } };
    const off = await updateReminderSettings(deps, { context: staff, changes: { daysBefore: 21 } });
    expect(off).toMatchObject({ settings: { automatic: false, daysBefore: 21 }, lastRun: null });
    expect(renewalReminders.runs).toBe(0);

    const on = await updateReminderSettings(deps, { context: staff, changes: { automatic: true } });
    expect(renewalReminders.runs).toBe(1);
    expect(finished).toBe(true);
    expect(on).toMatchObject({ settings: { automatic: true, daysBefore: 21 }, lastRun: { at: t.clock.now.toISOString() } });
    // A scheduled run leaves telling the outbox to the job.
    expect(outbox.runs).toBe(0);

    await updateReminderSettings(deps, { context: staff, changes: { automatic: false } });
    expect(renewalReminders.runs).toBe(1);
  });
});
