import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

let counter = 0;
/** A fresh client address for each request, past the per-address rate limit (except where a test wants one address). */
const nextIp = () => {
  counter += 1;
  return `10.${Math.floor(counter / 250) % 250}.${counter % 250}.${(counter % 7) + 1}`;
};

/** What a parent types into /refer. */
function parentReferral(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    givenName: 'Amara',
    familyName: `Okafor${counter}`,
    preferredName: '',
    dateOfBirth: '2013-06-21',
    contactEmail: '',
    contactPhone: '',
    school: 'Riverside Academy',
    area: 'Bulwell',
    referrerRole: 'parent',
    referrerName: 'Grace Okafor',
    referrerOrganisation: '',
    referrerEmail: `grace${counter}@family.test`,
    referrerPhone: '',
    consentBy: 'parent',
    consentMethod: 'online',
    website: '',
    ...overrides,
  };
}

describe.each(testEngines())('online referrals on %s', (engine) => {
  let t: TestApp;
  let base: string;
  let staffToken: string;
  let adminToken: string;
  let admin: { email: string; password: string };
  let staffMember: { email: string; password: string };
  beforeAll(async () => {
    t = await startTestApp(engine, {
      RATE_LIMIT_PER_MINUTE: '100000',
      TRUST_PROXY: 'true',
      ORGANISATION_NAME: 'Riverside Carers',
      ORGANISATION_HELPLINE: '0115 496 0999',
      REFERRAL_RATE_LIMIT_PER_HOUR: '3',
      REFERRAL_DAILY_CAP: '100000',
    });
    staffMember = await createStaffMember(t.app, 'staff');
    admin = await createStaffMember(t.app, 'admin');
    staffToken = (await loginAs(t.app, staffMember)).accessToken;
    adminToken = (await loginAs(t.app, admin)).accessToken;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => t?.close());

  const refer = (payload: object, ip = nextIp()) => t.app.inject({ method: 'POST', url: '/api/referrals', payload, headers: { 'x-forwarded-for': ip } });
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, as = staffToken) => t.app.inject({ method, url, payload, headers: bearer(as) });
  const stored = (reference: string) => t.app.db.referral.findUniqueOrThrow({ where: { reference: reference.replace(/^RF-/, '').replace(/-/g, '') } });
  async function submitted(overrides: Record<string, unknown> = {}) {
    const response = await refer(parentReferral(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return stored(response.json().reference);
  }
  const photoBase64 = async () =>
    (await sharp({ create: { width: 300, height: 400, channels: 3, background: { r: 200, g: 60, b: 90 } } }).jpeg().toBuffer()).toString('base64');

  it('answers a referral with only its reference and next steps, stores it as new, and audits it without an address', async () => {
    const response = await refer(parentReferral());
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(['nextSteps', 'reference']);
    expect(body.reference).toMatch(/^RF-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(body.nextSteps.join(' ')).toContain('Riverside Carers');
    const row = await stored(body.reference);
    expect(row.status).toBe('new');
    expect(row.school).toBe('Riverside Academy');
    const events = await t.app.db.auditEvent.findMany({ where: { action: 'referral.submit', entityId: row.id } });
    expect(events).toHaveLength(1);
    expect(events[0]!.ip).toBeNull();
    expect(events[0]!.details).not.toContain('Okafor');
  });

  it('gives the public the same answer whether or not the child is already known (no duplicate hints)', async () => {
    const known = await call('POST', '/api/holders', {
      givenName: 'Tomasz',
      familyName: 'Wiśniewski',
      dateOfBirth: '2012-01-15',
      consentBy: 'parent',
      consentAt: '2026-01-01T10:00:00.000Z',
      consentMethod: 'written',
    });
    expect(known.statusCode, known.body).toBe(201);
    const duplicate = await refer(parentReferral({ givenName: 'Tomasz', familyName: 'Wisniewski', dateOfBirth: '2012-01-15' }));
    const fresh = await refer(parentReferral({ givenName: 'Ola', familyName: 'Unknown', dateOfBirth: '2011-02-02' }));
    expect(duplicate.statusCode).toBe(201);
    expect(fresh.statusCode).toBe(201);
    const shape = (r: typeof duplicate) => ({ keys: Object.keys(r.json()).sort(), nextSteps: r.json().nextSteps, headers: [r.headers['cache-control'], r.headers['content-type']] });
    expect(shape(duplicate)).toEqual(shape(fresh));
    expect(duplicate.body).not.toMatch(/Tomasz|Wi[sś]niewski|holder/i);
  });

  it('refuses bad input with a clear 400 naming the field, never a 5xx', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ dateOfBirth: '2013-02-30' }, 'dateOfBirth'],
      [{ dateOfBirth: '2003-01-01' }, 'dateOfBirth'],
      [{ referrerEmail: '', referrerPhone: '' }, 'referrerEmail'],
      [{ referrerName: '\u200b ' }, 'referrerName'],
      [{ givenName: 'x'.repeat(61) }, 'givenName'],
      [{ referrerRole: 'young_carer', dateOfBirth: '2016-01-01', contactEmail: 'me@kid.test' }, 'withAdult'],
      [{ photo: Buffer.from('not an image at all').toString('base64') }, 'photo'],
    ];
    for (const [overrides, field] of cases) {
      const response = await refer(parentReferral(overrides));
      expect(response.statusCode, `${JSON.stringify(overrides)}: ${response.body}`).toBe(400);
      const { error } = response.json();
      expect(error.code).toMatch(/^(VALIDATION_FAILED|PHOTO_INVALID)$/);
      expect(error.field ?? error.message).toContain(field);
    }
    const unknownField = await refer({ ...parentReferral(), isAdmin: true });
    expect(unknownField.statusCode).toBe(400);
    // With an adult, a young carer under 13 can refer themselves.
    const withAdult = await refer(parentReferral({ referrerRole: 'young_carer', referrerName: '', referrerEmail: '', dateOfBirth: '2016-01-01', contactEmail: 'me@kid.test', consentBy: 'young_carer', withAdult: true }));
    expect(withAdult.statusCode, withAdult.body).toBe(201);
  });

  it('answers a filled honeypot as if stored, and stores nothing', async () => {
    const before = await t.app.db.referral.count();
    const response = await refer(parentReferral({ website: 'http://spam.example' }));
    expect(response.statusCode).toBe(201);
    expect(response.json().reference).toMatch(/^RF-/);
    expect(await t.app.db.referral.count()).toBe(before);
  });

  it('rate-limits referrals from one address', async () => {
    const ip = '10.250.250.250';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await refer(parentReferral(), ip)).statusCode);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
  });

  it('finds possible duplicates for staff: same birthday and a similar name (accents ignored), or the same contact', async () => {
    const holder = (
      await call('POST', '/api/holders', {
        givenName: 'Zoë',
        familyName: 'Kowalczyk-Brown',
        dateOfBirth: '2013-04-02',
        contactPhone: '0115 496 0123',
        contactEmail: 'family.kb@home.test',
        consentBy: 'parent',
        consentAt: '2026-01-01T10:00:00.000Z',
        consentMethod: 'written',
      })
    ).json().holder;
    const byName = await submitted({ givenName: 'zoe', familyName: 'Kowalczyk Brown', dateOfBirth: '2013-04-02' });
    const byPhone = await submitted({ givenName: 'Kasia', familyName: 'Nowak', dateOfBirth: '2014-09-09', referrerPhone: '+44 115 4960123' });
    const byEmail = await submitted({ givenName: 'Kasia', familyName: 'Lis', dateOfBirth: '2014-09-10', referrerEmail: 'Family.KB@home.test' });
    const otherBirthday = await submitted({ givenName: 'Zoe', familyName: 'Kowalczyk-Brown', dateOfBirth: '2013-04-03' });
    const detail = async (id: string) => (await call('GET', `/api/referrals/${id}`)).json().referral;

    expect((await detail(byName.id)).possibleDuplicates.holders).toEqual([expect.objectContaining({ id: holder.id, reasons: ['name_and_date_of_birth'] })]);
    expect((await detail(byPhone.id)).possibleDuplicates.holders).toEqual([expect.objectContaining({ id: holder.id, reasons: ['contact'] })]);
    expect((await detail(byEmail.id)).possibleDuplicates.holders).toEqual([expect.objectContaining({ id: holder.id, reasons: ['contact'] })]);
    expect((await detail(otherBirthday.id)).possibleDuplicates.holders).toEqual([]);

    // The same child referred twice (a school and a parent): each referral lists the other.
    const again = await submitted({ givenName: 'Zoe', familyName: 'Kowalczyk-Browne', dateOfBirth: '2013-04-02', referrerRole: 'professional', referrerOrganisation: 'Riverside Academy' });
    expect((await detail(again.id)).possibleDuplicates.referrals.map((r: { id: string }) => r.id)).toContain(byName.id);
  });

  it('accepts a referral into a record with its consent and photo, then a card is one more call', async () => {
    const referral = await submitted({ photo: await photoBase64(), preferredName: 'Mara' });
    const accepted = await call('POST', `/api/referrals/${referral.id}/accept`, { reference: `REF-${counter}`, notifyReferrer: true });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const { holderId, referral: view } = accepted.json();
    expect(view.status).toBe('accepted');
    expect(view.holderId).toBe(holderId);
    expect(view.referrerNotified).toBe(true);

    const holder = (await call('GET', `/api/holders/${holderId}`)).json().holder;
    expect(holder).toMatchObject({
      givenName: 'Amara',
      familyName: referral.familyName,
      preferredName: 'Mara',
      dateOfBirth: '2013-06-21',
      contactEmail: referral.referrerEmail,
      consentBy: 'parent',
      consentMethod: 'online',
      consentAt: referral.createdAt.toISOString(),
      reference: `REF-${counter}`,
    });
    expect(holder.notes).toContain('Riverside Academy');
    expect(holder.photoUrl).not.toBeNull();
    expect((await call('GET', holder.photoUrl)).headers['content-type']).toBe('image/jpeg');

    // The child's details now live on the record only.
    const row = await t.app.db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(row).toMatchObject({ givenName: '', familyName: '', dateOfBirth: '', photoFile: null, school: null, holderId });
    const card = await call('POST', `/api/holders/${holderId}/cards`, {});
    expect(card.statusCode, card.body).toBe(201);

    // The referrer hears the outcome, with the reference and nothing about the child.
    const message = await t.app.db.outboxMessage.findUniqueOrThrow({ where: { id: row.outcomeMessageId! } });
    expect(message).toMatchObject({ kind: 'referral_outcome', toAddress: referral.referrerEmail, holderId: null });
    expect(message.textBody).toContain(view.reference);
    for (const detail of ['Amara', 'Mara', referral.familyName, '2013', 'Riverside Academy', 'Bulwell']) {
      expect(message.textBody).not.toContain(detail);
      expect(message.subject).not.toContain(detail);
    }
    const actions = (await t.app.db.auditEvent.findMany({ where: { OR: [{ entityId: referral.id }, { entityId: holderId }] }, orderBy: { seq: 'asc' } })).map((e) => e.action);
    expect(actions.slice(0, 3)).toEqual(['referral.submit', 'holder.create', 'referral.accept']);

    // A subject access export says how they were referred (not the referrer's own contact details), and its history.
    const exported = await call('GET', `/api/holders/${holderId}/export.json`, undefined, adminToken);
    expect(exported.statusCode).toBe(200);
    const file = exported.json();
    expect(file.referrals).toEqual([
      expect.objectContaining({ reference: row.reference, status: 'accepted', referrerRole: referral.referrerRole, receivedAt: referral.createdAt.toISOString() }),
    ]);
    expect(JSON.stringify(file.referrals)).not.toContain(referral.referrerEmail!);
    expect(file.auditEvents.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['referral.submit', 'referral.accept']));
    const pdf = await call('GET', `/api/holders/${holderId}/export.pdf`, undefined, adminToken);
    expect(pdf.statusCode).toBe(200);
  });

  it('remembers the language the form was filled in, shows it to staff, and gives it to the record made from it', async () => {
    const polish = await submitted({ language: 'pl' });
    expect(polish.language).toBe('pl');
    const review = await call('GET', `/api/referrals/${polish.id}`);
    expect(review.statusCode, review.body).toBe(200);
    expect(review.json().referral.language).toBe('pl');
    const accepted = await call('POST', `/api/referrals/${polish.id}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().referral.language).toBe('pl');
    const holder = (await call('GET', `/api/holders/${accepted.json().holderId}`)).json().holder;
    expect(holder).toMatchObject({ language: 'pl', cardLanguage: 'en' });

    // Left out (an older page): English. Not one of ours: refused, naming the field.
    expect((await submitted()).language).toBe('en');
    const klingon = await refer(parentReferral({ language: 'tlh' }));
    expect(klingon.statusCode).toBe(400);
    expect(klingon.json().error.code).toBe('VALIDATION_FAILED');
    expect(klingon.json().error.field ?? klingon.json().error.message).toContain('language');
  });

  it('two accepts at once make one record; an accept and a decline at once: one wins', async () => {
    const referral = await submitted();
    const post = (url: string, body: object) => fetch(`${base}${url}`, { method: 'POST', headers: { ...bearer(staffToken), 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const accepts = await Promise.all([0, 1, 2, 3].map(() => post(`/api/referrals/${referral.id}/accept`, {})));
    expect(accepts.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    expect(await t.app.db.holder.count({ where: { familyName: referral.familyName } })).toBe(1);
    expect(await t.app.db.auditEvent.count({ where: { action: 'referral.accept', entityId: referral.id } })).toBe(1);

    const raced = await submitted();
    const answers = await Promise.all([
      post(`/api/referrals/${raced.id}/accept`, {}),
      post(`/api/referrals/${raced.id}/decline`, { outcome: 'declined', reason: 'Not eligible' }),
      post(`/api/referrals/${raced.id}/accept`, {}),
      post(`/api/referrals/${raced.id}/decline`, { outcome: 'withdrawn', reason: 'Parent asked' }),
    ]);
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(3);
    const winner = await t.app.db.referral.findUniqueOrThrow({ where: { id: raced.id } });
    const holders = await t.app.db.holder.count({ where: { familyName: raced.familyName } });
    expect(holders).toBe(winner.status === 'accepted' ? 1 : 0);
    expect(await t.app.db.auditEvent.count({ where: { entityId: raced.id, action: { in: ['referral.accept', 'referral.decline', 'referral.withdraw'] } } })).toBe(1);
  });

  it('declines with a reason kept for staff only; the referrer gets general words', async () => {
    const referral = await submitted();
    const declined = await call('POST', `/api/referrals/${referral.id}/decline`, { outcome: 'declined', reason: 'Dad already supported by adult services', notifyReferrer: true });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json().referral).toMatchObject({ status: 'declined', decisionReason: 'Dad already supported by adult services', referrerNotified: true });
    const row = await t.app.db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    const message = await t.app.db.outboxMessage.findUniqueOrThrow({ where: { id: row.outcomeMessageId! } });
    expect(message.textBody).toContain('not able to take it further');
    expect(message.textBody).not.toContain('Dad');
    expect(message.textBody).not.toContain('Amara');
    const event = await t.app.db.auditEvent.findFirstOrThrow({ where: { action: 'referral.decline', entityId: referral.id } });
    expect(event.details).not.toContain('Dad');
    // Decided once only.
    expect((await call('POST', `/api/referrals/${referral.id}/accept`, {})).json().error.code).toBe('REFERRAL_STATE_CONFLICT');
  });

  it('keeps the review queue for signed-in staff only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/referrals' })).statusCode).toBe(401);
    const referral = await submitted();
    expect((await t.app.inject({ method: 'GET', url: `/api/referrals/${referral.id}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: `/api/referrals/${referral.id}/accept`, payload: {} })).statusCode).toBe(401);
    const list = await call('GET', '/api/referrals?status=new&pageSize=100');
    expect(list.statusCode).toBe(200);
    expect(list.headers['cache-control']).toBe('private, no-store');
    expect(list.json().items.map((r: { id: string }) => r.id)).toContain(referral.id);
    expect((await call('PUT', '/api/settings/referrals', { keepDecidedDays: 10 })).statusCode).toBe(403);
    // Opening one names a child: each look is audited.
    expect((await call('GET', `/api/referrals/${referral.id}`)).statusCode).toBe(200);
    expect(await t.app.db.auditEvent.count({ where: { action: 'referral.view', entityId: referral.id } })).toBe(1);
  });

  it("erasing a young carer's record erases the referral that made it", async () => {
    const referral = await submitted();
    const { holderId } = (await call('POST', `/api/referrals/${referral.id}/accept`, { notifyReferrer: true })).json();
    const erase = await call('POST', `/api/holders/${holderId}/erase`, { confirmName: `Amara ${referral.familyName}` }, adminToken);
    expect(erase.statusCode, erase.body).toBe(200);
    const row = await t.app.db.referral.findUniqueOrThrow({ where: { id: referral.id } });
    expect(row.erasedAt).not.toBeNull();
    expect(row).toMatchObject({ referrerName: '', referrerEmail: null });
    const message = await t.app.db.outboxMessage.findUniqueOrThrow({ where: { id: row.outcomeMessageId! } });
    expect(message).toMatchObject({ toAddress: null, textBody: '', status: 'withdrawn' });
  });

  // Last: it moves the clock on.
  it('the retention job erases declined and withdrawn referrals after the set period, photo and outcome email included', async () => {
    expect((await call('PUT', '/api/settings/referrals', { keepDecidedDays: 30 }, adminToken)).json().settings).toEqual({ keepDecidedDays: 30 });
    const declined = await submitted({ photo: await photoBase64() });
    const withdrawn = await submitted();
    const waiting = await submitted();
    await call('POST', `/api/referrals/${declined.id}/decline`, { outcome: 'declined', reason: 'Not a young carer', notifyReferrer: true });
    await call('POST', `/api/referrals/${withdrawn.id}/decline`, { outcome: 'withdrawn', reason: 'Family moved away' });
    const photo = path.join(t.config.dataDir, 'photos', declined.photoFile!);
    expect(existsSync(photo)).toBe(true);

    t.clock.advance(29 * 86_400_000);
    adminToken = (await loginAs(t.app, admin)).accessToken;
    await call('POST', '/api/retention/run', undefined, adminToken);
    expect((await t.app.db.referral.findUniqueOrThrow({ where: { id: declined.id } })).erasedAt).toBeNull();

    t.clock.advance(2 * 86_400_000);
    adminToken = (await loginAs(t.app, admin)).accessToken;
    const run = await call('POST', '/api/retention/run', undefined, adminToken);
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json().lastRun.result.referrals).toBeGreaterThanOrEqual(2);
    for (const id of [declined.id, withdrawn.id]) {
      const row = await t.app.db.referral.findUniqueOrThrow({ where: { id } });
      expect(row.erasedAt).not.toBeNull();
      expect(row).toMatchObject({ givenName: '', familyName: '', dateOfBirth: '', referrerName: '', referrerEmail: null, decisionReason: null, photoFile: null, searchText: '' });
      expect(await t.app.db.auditEvent.count({ where: { action: 'referral.erase', entityId: id } })).toBe(1);
    }
    expect(existsSync(photo)).toBe(false);
    const message = await t.app.db.outboxMessage.findUniqueOrThrow({ where: { id: declined.outcomeMessageId ?? (await t.app.db.referral.findUniqueOrThrow({ where: { id: declined.id } })).outcomeMessageId! } });
    expect(message).toMatchObject({ toAddress: null, textBody: '', subject: '' });
    // A referral still waiting for staff is never erased by the job.
    expect((await t.app.db.referral.findUniqueOrThrow({ where: { id: waiting.id } })).erasedAt).toBeNull();
    // The staff page of an erased referral shows nothing personal.
    const view = (await call('GET', `/api/referrals/${declined.id}`, undefined, adminToken)).json().referral;
    expect(view).toMatchObject({ erased: true, givenName: '', decisionReason: null, photoUrl: null });
    void staffMember;
  });
});

describe.each(testEngines())('the daily referral cap on %s', (engine) => {
  let t: TestApp;
  let base: string;
  const CAP = 5;
  beforeAll(async () => {
    t = await startTestApp(engine, { RATE_LIMIT_PER_MINUTE: '100000', TRUST_PROXY: 'true', REFERRAL_DAILY_CAP: String(CAP), REFERRAL_RATE_LIMIT_PER_HOUR: '1000', ORGANISATION_HELPLINE: '0115 496 0999' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => t?.close());

  it(`takes at most ${CAP} referrals a day under 20 parallel requests, then says to try tomorrow`, async () => {
    // Each with a photo: decoding it lets the requests overlap between the quick check and the transaction.
    const photo = (await sharp({ create: { width: 200, height: 200, channels: 3, background: { r: 1, g: 2, b: 3 } } }).png().toBuffer()).toString('base64');
    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const response = await fetch(`${base}/api/referrals`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.60.0.${i + 1}` },
          body: JSON.stringify(parentReferral({ photo })),
        });
        const body = (await response.json()) as { error?: { code: string; message: string } };
        return { status: response.status, code: body.error?.code, message: body.error?.message, retryAfter: response.headers.get('retry-after') };
      }),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(CAP);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(20 - CAP);
    for (const answer of refused) {
      expect(answer.code).toBe('REFERRAL_DAILY_LIMIT');
      expect(answer.message).toContain('try again tomorrow');
      expect(answer.message).toContain('0115 496 0999');
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
    }
    expect(await t.app.db.referral.count()).toBe(CAP);

    // The next day the form takes referrals again.
    t.clock.advance(86_400_000);
    const tomorrow = await t.app.inject({ method: 'POST', url: '/api/referrals', payload: parentReferral(), headers: { 'x-forwarded-for': '10.61.0.1' } });
    expect(tomorrow.statusCode, tomorrow.body).toBe(201);
  });
});
