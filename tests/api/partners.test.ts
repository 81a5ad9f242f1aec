import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBenefit } from '../../api/src/partners/create-benefit.ts';
import { createPartner } from '../../api/src/partners/create-partner.ts';
import { getScanStats } from '../../api/src/partners/get-scan-stats.ts';
import { updateBenefit } from '../../api/src/partners/update-benefit.ts';
import { updatePartner } from '../../api/src/partners/update-partner.ts';
import { insertHolder } from '../support/holders.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

describe.each(testEngines())('partners, benefits, partner keys and scan counts on %s', (engine) => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  beforeAll(async () => {
    t = await startTestApp(engine, { VERIFY_RATE_LIMIT_PER_MINUTE: '1000', PARTNER_RATE_LIMIT_PER_MINUTE: '2000' });
    admin = (await loginAs(t.app, await createStaffMember(t.app, 'admin'))).accessToken;
    staff = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, as = admin) => t.app.inject({ method, url, payload, headers: bearer(as) });
  const verify = (payload: object, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url: '/api/v1/verify', payload, headers });
  const today = () => t.clock.now.toISOString().slice(0, 10);
  const daysFromToday = (days: number) => new Date(t.clock.now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
  /** A date of birth giving this age today. */
  const bornYearsAgo = (years: number) => `${t.clock.now.getUTCFullYear() - years}-01-01`;
  let counter = 0;
  const partner = async (overrides: object = {}) => {
    const response = await call('POST', '/api/partners', { name: `Partner ${++counter} ${engine}`, category: 'shop', area: 'Riverton', contactEmail: 'Owner@Shop.test', contactPhone: '0123', ...overrides });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().partner;
  };
  const benefit = async (partnerId: string, overrides: object = {}) => {
    const response = await call('POST', '/api/benefits', { partnerId, title: `Offer ${++counter}`, description: '10% off', ...overrides });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().benefit;
  };
  const card = async (age: number) => {
    const holder = await insertHolder(t.app, { dateOfBirth: bornYearsAgo(age) });
    return (await call('POST', `/api/holders/${holder.id}/cards`, {}, staff)).json().card;
  };
  const titles = (answer: { benefits?: { title: string }[] }) => (answer.benefits ?? []).map((b) => b.title);

  it('lets admins add and change partners and benefits, staff only read them, and audits every change', async () => {
    const created = await partner({ category: 'school', website: 'https://school.test' });
    expect(created).toMatchObject({ category: 'school', active: true, contactEmail: 'owner@shop.test' });
    expect(created.verifyLink).toBe(`http://cards.test/v?p=${created.verifyCode}`);
    expect((await call('POST', '/api/partners', { name: 'Sneaky', category: 'shop' }, staff)).statusCode).toBe(403);
    expect((await call('GET', '/api/partners', undefined, staff)).json().items.some((p: { id: string }) => p.id === created.id)).toBe(true);
    const renamed = await call('PATCH', `/api/partners/${created.id}`, { area: 'Mill Town' });
    expect(renamed.json().partner.area).toBe('Mill Town');
    const taken = await call('POST', '/api/partners', { name: created.name, category: 'shop' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('PARTNER_NAME_TAKEN');

    const offer = await benefit(created.id, { minAge: 12, maxAge: 17, partnerNote: 'May keep their phone on in class' });
    expect(offer).toMatchObject({ partnerName: created.name, minAge: 12, maxAge: 17 });
    const bad: [object, string][] = [
      [{ partnerId: created.id, title: 'x', minAge: 15, maxAge: 11 }, 'maxAge'],
      // Ages fall on the edges of bands: an offer for 14-year-olds only would tell a shop a child's age.
      [{ partnerId: created.id, title: 'x', minAge: 14, maxAge: 14 }, 'minAge'],
      [{ partnerId: created.id, title: 'x', maxAge: 13 }, 'maxAge'],
      [{ partnerId: created.id, title: 'x', validFrom: '2026-02-30' }, 'validFrom'],
      [{ partnerId: created.id, title: 'x', validFrom: '2027-01-02', validTo: '2027-01-01' }, 'validTo'],
      [{ partnerId: 'nope', title: 'x' }, 'partnerId'],
      [{ partnerId: created.id, title: '\u200B' }, 'title'],
    ];
    for (const [body, field] of bad) {
      const response = await call('POST', '/api/benefits', body);
      expect({ status: response.statusCode, field: response.json().error.field }).toEqual({ status: 400, field });
    }
    const narrowed = await call('PATCH', `/api/benefits/${offer.id}`, { minAge: 18 });
    expect(narrowed.json().error.field).toBe('maxAge');
    expect((await call('PATCH', `/api/benefits/${offer.id}`, { maxAge: 16 })).json().error.field).toBe('maxAge');
    const actions = (await t.app.db.auditEvent.findMany({ where: { action: { in: ['partner.create', 'partner.update', 'benefit.create'] } } })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['partner.create', 'partner.update', 'benefit.create']));
  });

  it('lists each partner with how many benefits it has, and how many of them are active', async () => {
    const busy = await partner();
    await benefit(busy.id);
    const paused = await benefit(busy.id);
    await call('PATCH', `/api/benefits/${paused.id}`, { active: false });
    const quiet = await partner();
    const items = (await call('GET', '/api/partners', undefined, staff)).json().items as { id: string; benefitCount: number; activeBenefitCount: number }[];
    expect(items.find((p) => p.id === busy.id)).toMatchObject({ benefitCount: 2, activeBenefitCount: 1 });
    expect(items.find((p) => p.id === quiet.id)).toMatchObject({ benefitCount: 0, activeBenefitCount: 0 });
  });

  it('answers each card with the benefits that apply today: by age, by dates, only from active partners and offers', async () => {
    const shop = await partner();
    await benefit(shop.id, { title: 'For everyone' });
    await benefit(shop.id, { title: 'Under 12s', maxAge: 11 });
    await benefit(shop.id, { title: 'Teens', minAge: 12, maxAge: 17 });
    await benefit(shop.id, { title: 'Not yet', validFrom: daysFromToday(3) });
    await benefit(shop.id, { title: 'Over', validTo: daysFromToday(-1) });
    await benefit(shop.id, { title: 'Ends today', validTo: today() });
    const paused = await benefit(shop.id, { title: 'Paused' });
    await call('PATCH', `/api/benefits/${paused.id}`, { active: false });
    const closed = await partner();
    await benefit(closed.id, { title: 'Closed shop offer' });
    await call('PATCH', `/api/partners/${closed.id}`, { active: false });

    const child = await card(10);
    const teen = await card(15);
    const childAnswer = (await verify({ token: child.token })).json();
    expect(childAnswer.result).toBe('valid');
    expect(titles(childAnswer)).toEqual(expect.arrayContaining(['For everyone', 'Under 12s', 'Ends today']));
    const teenTitles = titles((await verify({ token: teen.token })).json());
    expect(teenTitles).toEqual(expect.arrayContaining(['For everyone', 'Teens', 'Ends today']));
    for (const hidden of ['Not yet', 'Over', 'Paused', 'Closed shop offer']) {
      expect(titles(childAnswer)).not.toContain(hidden);
      expect(teenTitles).not.toContain(hidden);
    }
    expect(titles(childAnswer)).not.toContain('Teens');
    expect(teenTitles).not.toContain('Under 12s');
    // Whatever mix of offers there is, two children in the same age band get the same answer: none narrows the age down further.
    for (const [min, max] of [[8, 11], [12, 14], [12, 17], [15, 17], [8, null], [null, 14], [15, null]] as const) {
      await benefit(shop.id, { title: `Band ${min}-${max}`, minAge: min, maxAge: max });
    }
    const answers = new Map<number, string>();
    for (const age of [8, 9, 10, 11, 12, 13, 14, 15, 16, 17]) answers.set(age, JSON.stringify(titles((await verify({ token: (await card(age)).token })).json()).sort()));
    expect(new Set([8, 9, 10, 11].map((age) => answers.get(age))).size).toBe(1);
    expect(new Set([12, 13, 14].map((age) => answers.get(age))).size).toBe(1);
    expect(new Set([15, 16, 17].map((age) => answers.get(age))).size).toBe(1);
    expect(answers.get(11)).not.toBe(answers.get(12));
    // The answer never says how old the holder is, nor anything else about them.
    expect(JSON.stringify(childAnswer)).not.toMatch(/dateOfBirth|age|Kowalczyk|sclerosis/i);
  });

  it("puts the asking partner's benefits first, with its notes, through its verify link or its API key", async () => {
    const school = await partner({ category: 'school' });
    await benefit(school.id, { title: 'Phone allowed', partnerNote: 'May keep their phone on in class' });
    const other = await partner();
    await benefit(other.id, { title: 'AAA other offer', partnerNote: 'Only the other partner sees this' });
    const { token } = await card(12);

    const plain = (await verify({ token })).json();
    expect(plain.benefits.every((b: { note?: string }) => b.note === undefined)).toBe(true);
    const viaLink = (await verify({ token, partner: school.verifyCode })).json();
    expect(viaLink.benefits[0]).toMatchObject({ title: 'Phone allowed', partner: school.name, note: 'May keep their phone on in class' });
    expect(viaLink.benefits.filter((b: { note?: string }) => b.note)).toHaveLength(1);
    expect((await verify({ token, partner: 'no-such-code' })).json().result).toBe('valid');

    const created = await call('POST', `/api/partners/${school.id}/keys`, { name: 'Front desk' });
    expect(created.statusCode).toBe(201);
    const { key, secret } = created.json();
    expect(secret).toMatch(/^ycp_/);
    expect(key.prefix).toBe(secret.slice(0, 8));
    const listed = (await call('GET', `/api/partners/${school.id}/keys`)).json().items;
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(JSON.stringify(await t.app.db.partnerKey.findMany())).not.toContain(secret);

    const viaKey = (await verify({ token }, { 'x-partner-key': secret })).json();
    expect(viaKey.benefits[0]).toMatchObject({ title: 'Phone allowed', note: 'May keep their phone on in class' });
    expect((await verify({ token }, { authorization: `Bearer ${secret}` })).json().benefits[0].title).toBe('Phone allowed');

    const revoked = await call('POST', `/api/partners/${school.id}/keys/${key.id}/revoke`);
    expect(revoked.json().key.revokedAt).not.toBeNull();
    const refused = await verify({ token }, { 'x-partner-key': secret });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('INVALID_PARTNER_KEY');
    expect((await verify({ token }, { 'x-partner-key': 'ycp_made-up' })).statusCode).toBe(401);
    expect((await call('POST', `/api/partners/${school.id}/keys`, { name: 'x' }, staff)).statusCode).toBe(403);
  });

  it('counts checks per partner per day, and the counts hold no card or holder identifiers', async () => {
    const shop = await partner();
    const { secret } = (await call('POST', `/api/partners/${shop.id}/keys`, { name: 'Till 1' })).json();
    const { token, number } = await card(14);
    for (let i = 0; i < 3; i++) expect((await verify({ token }, { 'x-partner-key': secret })).json().result).toBe('valid');
    await verify({ cardNumber: 'YC-0000-0000-00000' }, { 'x-partner-key': secret });
    // Through the verify link, whose code anyone who saw the link could send: a real card counts once a day, made-up ones not at all.
    for (let i = 0; i < 5; i++) expect((await verify({ token, partner: shop.verifyCode })).json().result).toBe('valid');
    for (let i = 0; i < 5; i++) await verify({ cardNumber: `YC-0000-0000-0000${i}`, partner: shop.verifyCode });
    for (let i = 0; i < 5; i++) await verify({ token: `made.up.${i}`, partner: shop.verifyCode });
    const stats = (await call('GET', `/api/scan-stats?partnerId=${shop.id}`)).json();
    expect(stats.items).toEqual([{ partnerId: shop.id, partnerName: shop.name, day: today(), valid: 4, expired: 0, notValid: 1 }]);
    const all = JSON.stringify((await call('GET', '/api/scan-stats')).json()) + JSON.stringify(await t.app.db.scanCount.findMany());
    expect(all).not.toContain(token.slice(0, 20));
    expect(all).not.toContain(number);
    expect(all).not.toMatch(/Amelia|Kowalczyk/);
    expect((await call('GET', '/api/scan-stats', undefined, staff)).statusCode).toBe(403);
  });

  it('publishes a directory of current offers with nothing staff-only in it', async () => {
    const open = await partner({ name: `Leisure Centre ${engine}`, category: 'leisure', contactName: 'Private Person', contactPhone: '07000 000000' });
    await benefit(open.id, { title: 'Free swim', minAge: 8, partnerNote: 'Secret arrangement', validTo: daysFromToday(30) });
    await benefit(open.id, { title: 'Old offer', validTo: daysFromToday(-5) });
    const hidden = await partner({ name: `Hidden ${engine}` });
    await benefit(hidden.id, { title: 'Hidden offer' });
    await call('PATCH', `/api/partners/${hidden.id}`, { active: false });

    const response = await t.app.inject({ method: 'GET', url: '/api/v1/benefits' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const directory = response.json();
    const listed = directory.partners.find((p: { id: string }) => p.id === open.id);
    expect(listed).toMatchObject({ name: open.name, category: 'leisure', area: 'Riverton' });
    expect(listed.benefits.map((b: { title: string }) => b.title)).toEqual(['Free swim']);
    expect(directory.partners.some((p: { id: string }) => p.id === hidden.id)).toBe(false);
    expect(response.body).not.toMatch(/Private Person|07000|Secret arrangement|owner@shop\.test|verifyCode/);
  });

  it('shows one partner to staff, and answers unknown partners, benefits and keys with 404', async () => {
    const shop = await partner();
    const one = await call('GET', `/api/partners/${shop.id}`, undefined, staff);
    expect(one.statusCode).toBe(200);
    expect(one.json().partner).toEqual(shop);
    const missing: [method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object][] = [
      ['GET', '/api/partners/no-such-id'],
      ['PATCH', '/api/partners/no-such-id', { area: 'Nowhere' }],
      ['PATCH', '/api/benefits/no-such-id', { title: 'Nothing' }],
      ['GET', '/api/partners/no-such-id/keys'],
      ['POST', '/api/partners/no-such-id/keys', { name: 'Till' }],
      ['POST', `/api/partners/${shop.id}/keys/no-such-key/revoke`],
    ];
    for (const [method, url, payload] of missing) {
      const response = await call(method, url, payload);
      expect({ url, status: response.statusCode, code: response.json().error.code }).toEqual({ url, status: 404, code: 'NOT_FOUND' });
    }
  });

  it("refuses renaming a partner onto another's name, and a name or key label that is only invisible characters", async () => {
    const first = await partner();
    const second = await partner();
    const renamed = await call('PATCH', `/api/partners/${second.id}`, { name: first.name });
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json().error).toMatchObject({ code: 'PARTNER_NAME_TAKEN', field: 'name' });
    const blank = await call('PATCH', `/api/partners/${second.id}`, { name: '\u200B\u202E' });
    expect(blank.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'name' });
    const label = await call('POST', `/api/partners/${second.id}/keys`, { name: '\u200B' });
    expect(label.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'name' });
    expect((await call('GET', `/api/partners/${second.id}`)).json().partner.name).toBe(second.name);
  });

  it("revokes a key only through its own partner, and revoking it again changes nothing", async () => {
    const owner = await partner();
    const other = await partner();
    const { key, secret } = (await call('POST', `/api/partners/${owner.id}/keys`, { name: 'Till' })).json();
    const { token } = await card(12);

    const wrongPartner = await call('POST', `/api/partners/${other.id}/keys/${key.id}/revoke`);
    expect(wrongPartner.statusCode).toBe(404);
    expect((await verify({ token }, { 'x-partner-key': secret })).statusCode).toBe(200);

    const revoked = (await call('POST', `/api/partners/${owner.id}/keys/${key.id}/revoke`)).json().key;
    t.clock.advance(60_000);
    const again = await call('POST', `/api/partners/${owner.id}/keys/${key.id}/revoke`);
    expect(again.statusCode).toBe(200);
    expect(again.json().key.revokedAt).toBe(revoked.revokedAt);
    const events = await t.app.db.auditEvent.findMany({ where: { action: 'partner_key.revoke', entityId: owner.id } });
    expect(events).toHaveLength(1);
    expect((await verify({ token }, { 'x-partner-key': secret })).statusCode).toBe(401);
  });

  it('scan counts cover the last 30 days unless asked otherwise, and include checks not yet written', async () => {
    const shop = await partner();
    for (const [days, valid] of [[-29, 1], [-30, 2]] as const) {
      await t.app.db.scanCount.create({ data: { partnerId: shop.id, day: daysFromToday(days), valid, expired: 0, notValid: 0 } });
    }
    // Counted in memory, as verify does, and not flushed: the stats write it first.
    t.app.deps.scanCounter.count({ partnerId: shop.id, result: 'expired', at: t.clock.now, cardId: 'a-card-checked-through-the-link' });

    const recent = await getScanStats(t.app.deps, { partnerId: shop.id });
    expect(recent.items.map((r) => [r.day, r.valid, r.expired])).toEqual([[today(), 0, 1], [daysFromToday(-29), 1, 0]]);
    const older = await getScanStats(t.app.deps, { partnerId: shop.id, from: daysFromToday(-40), to: daysFromToday(-30) });
    expect(older.items).toEqual([{ partnerId: shop.id, partnerName: shop.name, day: daysFromToday(-30), valid: 2, expired: 0, notValid: 0 }]);
    const viaApi = (await call('GET', `/api/scan-stats?partnerId=${shop.id}&from=${daysFromToday(-30)}`)).json();
    expect(viaApi.items.map((r: { day: string }) => r.day)).toEqual([today(), daysFromToday(-29), daysFromToday(-30)]);
  });

  it('partner and benefit changes show in verify answers at once, however the use-case is called', async () => {
    // The clock stands still here, so the benefits cache would never expire on its own: only the use-cases' invalidation shows the change.
    const context = { actor: { id: 'operator', email: 'ops@carers.test' }, ip: null };
    const { token } = await card(12);
    const offered = async () => titles((await verify({ token })).json());
    await offered();
    const shop = await createPartner(t.app.deps, { context, partner: { name: `Direct ${engine}`, category: 'shop' } });
    expect((await t.app.deps.benefits.current()).partners.map((p) => p.id)).toContain(shop.id);
    const offer = await createBenefit(t.app.deps, { context, benefit: { partnerId: shop.id, title: 'Direct offer' } });
    expect(await offered()).toContain('Direct offer');
    await updateBenefit(t.app.deps, { context, benefitId: offer.id, changes: { title: 'Renamed offer' } });
    expect(await offered()).toContain('Renamed offer');
    await updatePartner(t.app.deps, { context, partnerId: shop.id, changes: { active: false } });
    expect(await offered()).not.toContain('Renamed offer');
  });

  it('refuses a verify request with both a token and a card number, or with neither', async () => {
    const shop = await partner();
    for (const body of [{ token: 'a.b.c', cardNumber: 'YC-0000-0000-00000' }, { partner: shop.verifyCode }, {}]) {
      const response = await verify(body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it("records a partner key's last use with the scan counts, never on the verify call itself", async () => {
    const shop = await partner();
    const { key, secret } = (await call('POST', `/api/partners/${shop.id}/keys`, { name: 'Till 2' })).json();
    const { token } = await card(14);
    expect((await verify({ token }, { 'x-partner-key': secret })).json().result).toBe('valid');
    // The verify call wrote nothing: the key's last use waits for the scan counts.
    expect((await t.app.db.partnerKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedOn).toBeNull();
    // Listing the keys writes this process's pending counts first, so staff see the use at once.
    const listed = (await call('GET', `/api/partners/${shop.id}/keys`)).json().items;
    expect(listed.find((k: { id: string }) => k.id === key.id).lastUsedOn).toBe(today());
    expect((await t.app.db.partnerKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedOn).toBe(today());
  });
});

describe('rate limits for partner keys', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite', { VERIFY_RATE_LIMIT_PER_MINUTE: '3', PARTNER_RATE_LIMIT_PER_MINUTE: '8' });
  });
  afterAll(async () => t.close());

  it('gives a valid key its own, larger allowance, and a made-up key none', async () => {
    const admin = (await loginAs(t.app, await createStaffMember(t.app, 'admin'))).accessToken;
    const shop = (await t.app.inject({ method: 'POST', url: '/api/partners', payload: { name: 'Till shop', category: 'shop' }, headers: bearer(admin) })).json().partner;
    const { secret } = (await t.app.inject({ method: 'POST', url: `/api/partners/${shop.id}/keys`, payload: { name: 'Till' }, headers: bearer(admin) })).json();
    const verify = (headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url: '/api/v1/verify', payload: { cardNumber: 'YC-0000-0000-00000' }, headers });
    const statuses = async (n: number, headers: Record<string, string> = {}) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await verify(headers)).statusCode);
      return out;
    };
    expect(await statuses(4)).toEqual([200, 200, 200, 429]);
    expect(await statuses(8, { 'x-partner-key': secret })).toEqual(Array(8).fill(200));
    expect((await verify({ 'x-partner-key': secret })).statusCode).toBe(429);
    // A made-up key counts against the client address, which is spent.
    expect((await verify({ 'x-partner-key': 'ycp_made-up' })).statusCode).toBe(429);
  });
});
