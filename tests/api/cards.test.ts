import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCardNumber } from '../../api/src/cards/card-number.ts';
import { insertHolder } from '../support/holders.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

describe.each(testEngines())('card lifecycle on %s', (engine) => {
  let t: TestApp;
  let token: string;
  let staff: { email: string; password: string };
  beforeAll(async () => {
    t = await startTestApp(engine);
    staff = await createStaffMember(t.app, 'staff');
    token = (await loginAs(t.app, staff)).accessToken;
  });
  /** Moves the test clock; staff sessions live on that clock, so sign in again. */
  async function travel(ms: number) {
    t.clock.advance(ms);
    token = (await loginAs(t.app, staff)).accessToken;
  }
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, payload, headers: { ...bearer(token), ...headers } });
  const verify = async (body: object) => (await t.app.inject({ method: 'POST', url: '/api/v1/verify', payload: body })).json();

  it('issues a card: number with a check symbol, expiry 12 months on, token and verify link', async () => {
    const holder = await insertHolder(t.app, { dateOfBirth: '2012-03-01' });
    const response = await call('POST', `/api/holders/${holder.id}/cards`, {});
    expect(response.statusCode).toBe(201);
    const { card } = response.json();
    expect(card.number).toMatch(/^YC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}[0-9A-Z*~$=]$/);
    expect(parseCardNumber(card.number)).toBeDefined();
    expect(card.status).toBe('active');
    const issued = new Date(card.issuedAt);
    const expiry = new Date(card.expiresAt);
    expect(expiry.getUTCFullYear() - issued.getUTCFullYear()).toBe(1);
    expect(card.verifyUrl).toBe(`http://cards.test/v#${card.token}`);
    // The last valid day, the same date staff see and verify answers.
    expect(card.expiresOn).toBe(new Date(expiry.getTime() - 1).toISOString().slice(0, 10));
    const fetched = await call('GET', `/api/cards/${card.id}`);
    expect(fetched.json().card).toEqual(card);
    expect(await verify({ token: card.token })).toMatchObject({ result: 'valid', givenName: 'Amelia', cardNumber: card.number });
  });

  it('ends a card in the month before the 18th birthday, never on a day that gives the birthday away, and refuses a card to an 18-year-old', async () => {
    // Every date of birth in the month after next: the card ends on the last day of next month, whichever day it is.
    const now = new Date();
    const lastDayOfNextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 0)).toISOString().slice(0, 10);
    const cards = [];
    for (const day of [1, 9, 17, 28]) {
      const dob = new Date(Date.UTC(now.getUTCFullYear() - 18, now.getUTCMonth() + 2, day)).toISOString().slice(0, 10);
      const holder = await insertHolder(t.app, { dateOfBirth: dob });
      const issued = await call('POST', `/api/holders/${holder.id}/cards`, {});
      expect(issued.statusCode, issued.body).toBe(201);
      cards.push(issued.json().card);
    }
    for (const card of cards) {
      expect(card.expiresOn).toBe(lastDayOfNextMonth);
      // The QR token's exp and the verify answer say the same, and nothing finer.
      const payload = JSON.parse(Buffer.from(card.token.split('.')[1], 'base64url').toString());
      expect(new Date(payload.exp * 1000).toISOString().slice(0, 10)).toBe(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 1)).toISOString().slice(0, 10));
      expect(await verify({ token: card.token })).toMatchObject({ result: 'valid', expiresOn: lastDayOfNextMonth });
    }

    // Turning 18 later this month is too late for a new card (it would end last month).
    const thisMonth = await insertHolder(t.app, { dateOfBirth: new Date(Date.UTC(now.getUTCFullYear() - 18, now.getUTCMonth(), 28)).toISOString().slice(0, 10) });
    expect((await call('POST', `/api/holders/${thisMonth.id}/cards`, {})).json().error.code).toBe('HOLDER_TOO_OLD');

    const adult = await insertHolder(t.app, { dateOfBirth: '2000-01-01' });
    const refused = await call('POST', `/api/holders/${adult.id}/cards`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('HOLDER_TOO_OLD');
  });

  it('allows one current card per holder, and an Idempotency-Key makes retries safe', async () => {
    const holder = await insertHolder(t.app);
    const first = await call('POST', `/api/holders/${holder.id}/cards`, {}, { 'idempotency-key': 'abc-123' });
    const retry = await call('POST', `/api/holders/${holder.id}/cards`, {}, { 'idempotency-key': 'abc-123' });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(200);
    expect(retry.json().card.id).toBe(first.json().card.id);
    const reused = await call('POST', `/api/holders/${holder.id}/cards`, { template: 'large-print' }, { 'idempotency-key': 'abc-123' });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const unknownTemplate = await call('POST', `/api/holders/${(await insertHolder(t.app)).id}/cards`, { template: 'glitter' });
    expect(unknownTemplate.statusCode).toBe(400);
    expect(unknownTemplate.json().error).toMatchObject({ code: 'UNKNOWN_TEMPLATE', field: 'template' });
    const second = await call('POST', `/api/holders/${holder.id}/cards`, {}, { 'idempotency-key': 'other' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('HOLDER_HAS_CURRENT_CARD');

    // Two requests racing with the same key still make one card.
    const racer = await insertHolder(t.app);
    const both = await Promise.all([1, 2].map(() => call('POST', `/api/holders/${racer.id}/cards`, {}, { 'idempotency-key': 'race' })));
    expect(both.map((r) => r.statusCode).sort(), both.map((r) => r.body).join('\n')).toEqual([200, 201]);
    expect(new Set(both.map((r) => r.json().card.id)).size).toBe(1);
    expect(await t.app.db.card.count({ where: { holderId: racer.id } })).toBe(1);
  });

  it('suspend, resume, revoke: each takes effect on the very next verify call', async () => {
    const holder = await insertHolder(t.app);
    const { card } = (await call('POST', `/api/holders/${holder.id}/cards`, {})).json();
    const suspended = await call('POST', `/api/cards/${card.id}/suspend`, { reason: 'lost' });
    expect(suspended.json().card).toMatchObject({ status: 'suspended', statusReason: 'lost' });
    expect((await verify({ token: card.token })).result).toBe('not_valid');
    expect((await verify({ cardNumber: card.number })).result).toBe('not_valid');
    expect((await call('POST', `/api/cards/${card.id}/resume`)).json().card.status).toBe('active');
    expect((await verify({ token: card.token })).result).toBe('valid');
    expect((await call('POST', `/api/cards/${card.id}/revoke`, { reason: 'no_longer_caring' })).json().card.status).toBe('revoked');
    expect((await verify({ token: card.token })).result).toBe('not_valid');
    const again = await call('POST', `/api/cards/${card.id}/resume`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('CARD_STATE_CONFLICT');
    const badReason = await call('POST', `/api/cards/${card.id}/revoke`, { reason: 'because' });
    expect(badReason.statusCode).toBe(400);
    expect(badReason.json().error.field).toBe('reason');
  });

  it('reissue gives a new number and token with the same expiry and revokes the old card', async () => {
    const holder = await insertHolder(t.app);
    const { card: old } = (await call('POST', `/api/holders/${holder.id}/cards`, {})).json();
    const response = await call('POST', `/api/cards/${old.id}/reissue`, { reason: 'stolen' });
    expect(response.statusCode).toBe(201);
    const { card } = response.json();
    expect(card.number).not.toBe(old.number);
    expect(card.token).not.toBe(old.token);
    expect(card.expiresAt).toBe(old.expiresAt);
    expect(card.replacesCardId).toBe(old.id);
    expect((await call('GET', `/api/cards/${old.id}`)).json().card).toMatchObject({ status: 'revoked', statusReason: 'stolen' });
    expect((await verify({ token: old.token })).result).toBe('not_valid');
    expect((await verify({ token: card.token })).result).toBe('valid');
    expect((await call('POST', `/api/cards/${old.id}/reissue`, { reason: 'lost' })).statusCode).toBe(409);
  });

  it('renews before and after expiry; expired cards verify as expired with name and date, no benefits', async () => {
    const holder = await insertHolder(t.app, { dateOfBirth: '2014-06-01' });
    const { card } = (await call('POST', `/api/holders/${holder.id}/cards`, {})).json();
    await travel(400 * 86_400_000);
    const expired = await verify({ token: card.token });
    expect(expired).toEqual({ result: 'expired', givenName: 'Amelia', expiresOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), issuer: expect.any(Object) });
    expect((await call('GET', `/api/cards/${card.id}`)).json().card.status).toBe('expired');
    const renewed = await call('POST', `/api/cards/${card.id}/renew`);
    expect(renewed.statusCode).toBe(201);
    expect(new Date(renewed.json().card.expiresAt).getTime()).toBeGreaterThan(t.clock.now.getTime() + 300 * 86_400_000);
    expect((await verify({ token: renewed.json().card.token })).result).toBe('valid');
    const early = await call('POST', `/api/cards/${renewed.json().card.id}/renew`);
    expect(early.statusCode).toBe(201);
    expect((await verify({ token: renewed.json().card.token })).result).toBe('not_valid');
    await travel(-400 * 86_400_000);
  });

  it('lists cards by status and by expiring within N days', async () => {
    const holder = await insertHolder(t.app, { givenName: 'Listed' });
    const { card } = (await call('POST', `/api/holders/${holder.id}/cards`, {})).json();
    await call('POST', `/api/cards/${card.id}/suspend`, { reason: 'under_review' });
    const suspended = (await call('GET', '/api/cards?status=suspended')).json();
    expect(suspended.items.map((i: { card: { id: string } }) => i.card.id)).toContain(card.id);
    expect(suspended.items[0].card.token).toBeUndefined();
    expect(suspended.items.find((i: { card: { id: string } }) => i.card.id === card.id).holder.givenName).toBe('Listed');
    const soon = (await call('GET', '/api/cards?expiringWithinDays=30')).json();
    expect(soon.items.every((i: { card: { expiresAt: string } }) => Date.parse(i.card.expiresAt) < Date.now() + 31 * 86_400_000)).toBe(true);
    const later = (await call('GET', '/api/cards?expiringWithinDays=400')).json();
    expect(later.total).toBeGreaterThan(0);
    expect((await call('GET', '/api/cards?status=nope')).statusCode).toBe(400);
  });

  it('audits every change to a card', async () => {
    const holder = await insertHolder(t.app);
    const { card } = (await call('POST', `/api/holders/${holder.id}/cards`, {})).json();
    await call('POST', `/api/cards/${card.id}/suspend`, { reason: 'lost' });
    await call('POST', `/api/cards/${card.id}/resume`);
    await call('POST', `/api/cards/${card.id}/revoke`, { reason: 'other' });
    const events = await t.app.db.auditEvent.findMany({ where: { entityType: 'card', entityId: card.id }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['card.issue', 'card.suspend', 'card.resume', 'card.revoke']);
    expect(events.every((e) => e.actorId !== null)).toBe(true);
  });

  it('a verify URL on a 30-character PUBLIC_URL fits QR version 13 at level M, even for long names', async () => {
    const long = await startTestApp(engine, { PUBLIC_URL: 'https://cards.youngcarers.org' });
    try {
      const staff = (await loginAs(long.app, await createStaffMember(long.app, 'staff'))).accessToken;
      for (const name of ['Amelia', 'Александра-Мария Константиновна', 'Ζωή-Παρασκευή Αικατερίνη Παπαδοπούλου']) {
        const holder = await insertHolder(long.app, { givenName: name });
        const { card } = (await long.app.inject({ method: 'POST', url: `/api/holders/${holder.id}/cards`, headers: bearer(staff), payload: {} })).json();
        expect(QRCode.create(card.verifyUrl, { errorCorrectionLevel: 'M' }).version, name).toBeLessThanOrEqual(13);
        const verified = (await long.app.inject({ method: 'POST', url: '/api/v1/verify', payload: { token: card.token } })).json();
        expect(verified.givenName).toBe(name);
      }
    } finally {
      await long.close();
    }
  });
});
