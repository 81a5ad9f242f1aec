import { gunzipSync } from 'node:zlib';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_LIST_REBUILD_MS } from '../../api/src/verify/status-list-cache.ts';
import { STATUS_LIST_SIZE } from '../../api/src/verify/status-list.ts';
import { insertHolder } from '../support/holders.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines, type Engine } from '../support/test-database.ts';

type IssuedCard = { id: string; token: string; number: string };

/**
 * Fills status list `list` straight in the database (revoked cards of one
 * holder, copied from a real card's row, with no status change time, as
 * rows older than that column), leaving free only the indexes in
 * `keepFree` and those already taken. Bulk SQL: 131,072 cards through the
 * API would take minutes.
 */
async function fillList(t: TestApp, engine: Engine, list: number, template: { id: string }, keepFree: number[]) {
  const holder = await insertHolder(t.app, { givenName: 'Seed' });
  const first = list * STATUS_LIST_SIZE;
  const last = first + STATUS_LIST_SIZE - 1;
  const columns = `"id", "number", "holderId", "status", "statusIndex", "kid", "token", "template", "issuedAt", "expiresAt", "statusChangedAt", "statusReason"`;
  const values = `'seed' || seq.i, 'SEED' || seq.i, '${holder.id}', 'revoked', seq.i, t."kid", '', t."template", t."issuedAt", t."expiresAt", NULL, 'other'`;
  const where = `t."id" = '${template.id}' AND NOT EXISTS (SELECT 1 FROM "Card" c WHERE c."statusIndex" = seq.i)`;
  await t.app.db.$executeRawUnsafe(
    engine === 'sqlite'
      ? `WITH RECURSIVE seq(i) AS (SELECT ${first} UNION ALL SELECT i + 1 FROM seq WHERE i < ${last})
         INSERT INTO "Card" (${columns}) SELECT ${values} FROM seq, "Card" t WHERE ${where}`
      : `INSERT INTO "Card" (${columns}) SELECT ${values} FROM generate_series(${first}, ${last}) AS seq(i), "Card" t WHERE ${where}`,
  );
  await t.app.db.card.deleteMany({ where: { id: { in: keepFree.map((i) => `seed${i}`) } } });
}

describe.each(testEngines())('status lists on %s', (engine) => {
  let t: TestApp;
  let staffToken: string;
  /** Issued by the code as it was before lists could fill: a list-0 token like every card already printed. */
  let oldCard: IssuedCard;
  /** The indexes of list 0 left free by the fill. */
  let keepFree: number[];

  const issue = async (name = 'Amelia') => {
    const holder = await insertHolder(t.app, { givenName: name });
    const response = await t.app.inject({ method: 'POST', url: `/api/holders/${holder.id}/cards`, headers: bearer(staffToken), payload: {} });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().card as IssuedCard;
  };
  const indexOf = async (card: IssuedCard) => (await t.app.db.card.findUniqueOrThrow({ where: { id: card.id } })).statusIndex;
  const verifyOnline = async (card: IssuedCard) =>
    (await t.app.inject({ method: 'POST', url: '/api/v1/verify', payload: { token: card.token } })).json().result as string;
  const revoke = async (card: IssuedCard) => {
    const response = await t.app.inject({ method: 'POST', url: `/api/cards/${card.id}/revoke`, headers: bearer(staffToken), payload: { reason: 'lost' } });
    expect(response.statusCode, response.body).toBe(200);
  };

  /** Exactly the README's "Verifying offline" code, against what a partner's software downloads. */
  const offlineKit = async () => {
    t.clock.advance(STATUS_LIST_REBUILD_MS + 1);
    const jwks = (await t.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json() as JSONWebKeySet;
    const statusListJwt = (await t.app.inject({ method: 'GET', url: '/api/v1/status-list' })).body;
    const keys = createLocalJWKSet(jwks);
    const { payload: list } = await jwtVerify(statusListJwt, keys, { algorithms: ['EdDSA'], typ: 'vc+jwt', currentDate: t.clock.now });
    const bits = gunzipSync(Buffer.from((list.credentialSubject as { encodedList: string }).encodedList.slice(1), 'base64url'));
    const check = async (token: string) => {
      const { payload } = await jwtVerify(token, keys, { algorithms: ['EdDSA'], typ: 'ycc', issuer: list.iss!, currentDate: t.clock.now });
      const sl = payload.sl as number;
      const blocked = bits[sl >> 3]! & (0x80 >> (sl & 7));
      return blocked ? 'not_valid' : `valid:${payload.n as string}`;
    };
    return { bits, check };
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { VERIFY_RATE_LIMIT_PER_MINUTE: '100000', RATE_LIMIT_PER_MINUTE: '100000' });
    staffToken = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
    oldCard = await issue('Olwen');
    const oldIndex = await indexOf(oldCard);
    keepFree = [17, 65_536, 131_070].filter((i) => i !== oldIndex);
    await fillList(t, engine, 0, oldCard, keepFree);
    expect(await t.app.db.card.count({ where: { statusIndex: { lt: STATUS_LIST_SIZE } } })).toBe(STATUS_LIST_SIZE - keepFree.length);
    // The first build reads every listed card (the seeded ones too); the later ones read only what changed since.
    await offlineKit();
  });
  afterAll(async () => t.close());

  it('issues the last free indexes of a nearly full list first time, then starts list 1', async () => {
    const before = await t.app.db.card.count();
    const onListZero = [];
    for (let i = 0; i < keepFree.length; i++) onListZero.push(await indexOf(await issue(`Zero${i}`)));
    expect(onListZero.sort((a, b) => a - b)).toEqual(keepFree);
    const next = await indexOf(await issue('Una'));
    expect(next).toBeGreaterThanOrEqual(STATUS_LIST_SIZE);
    expect(next).toBeLessThan(2 * STATUS_LIST_SIZE);
    // Every request made exactly one card: no failed attempt left anything behind.
    expect(await t.app.db.card.count()).toBe(before + keepFree.length + 1);
  });

  it('a card on list 1 verifies online and offline, and its revocation reaches both', async () => {
    const card = await issue('Bryony');
    const index = await indexOf(card);
    expect(Math.floor(index / STATUS_LIST_SIZE)).toBe(1);
    expect(await verifyOnline(card)).toBe('valid');
    let kit = await offlineKit();
    expect(kit.bits.length * 8).toBe(2 * STATUS_LIST_SIZE);
    expect(await kit.check(card.token)).toBe('valid:Bryony');

    await revoke(card);
    expect(await verifyOnline(card)).toBe('not_valid');
    kit = await offlineKit();
    expect(await kit.check(card.token)).toBe('not_valid');
  });

  it('tokens issued on list 0 before the lists filled keep verifying, online and offline', async () => {
    expect(await indexOf(oldCard)).toBeLessThan(STATUS_LIST_SIZE);
    expect(await verifyOnline(oldCard)).toBe('valid');
    let kit = await offlineKit();
    expect(await kit.check(oldCard.token)).toBe('valid:Olwen');
    await revoke(oldCard);
    kit = await offlineKit();
    expect(await kit.check(oldCard.token)).toBe('not_valid');
  });

  it('the incrementally built list sets exactly the revoked and suspended cards', async () => {
    const suspended = await issue('Sian');
    await t.app.inject({ method: 'POST', url: `/api/cards/${suspended.id}/suspend`, headers: bearer(staffToken), payload: { reason: 'lost' } });
    const resumed = await issue('Rhys');
    await t.app.inject({ method: 'POST', url: `/api/cards/${resumed.id}/suspend`, headers: bearer(staffToken), payload: { reason: 'lost' } });
    let kit = await offlineKit();
    expect(await kit.check(resumed.token)).toBe('not_valid');
    const resume = await t.app.inject({ method: 'POST', url: `/api/cards/${resumed.id}/resume`, headers: bearer(staffToken), payload: {} });
    expect(resume.statusCode, resume.body).toBe(200);
    kit = await offlineKit();
    expect(await kit.check(suspended.token)).toBe('not_valid');
    expect(await kit.check(resumed.token)).toBe('valid:Rhys');

    const listed = await t.app.db.card.findMany({ where: { status: { in: ['revoked', 'suspended'] } }, select: { statusIndex: true } });
    const expected = new Set(listed.map((c) => c.statusIndex));
    const set: number[] = [];
    kit.bits.forEach((byte, i) => {
      for (let b = 0; b < 8; b++) if (byte & (0x80 >> b)) set.push(i * 8 + b);
    });
    expect(set.length).toBe(expected.size);
    expect(set.every((i) => expected.has(i))).toBe(true);
  });

  it('parallel issuing on a list with few free indexes never gives two cards the same index', async () => {
    // List 1 now holds a few cards; fill it but for three free indexes, then race twelve issues.
    const first = STATUS_LIST_SIZE;
    const taken = new Set((await t.app.db.card.findMany({ where: { statusIndex: { gte: first } }, select: { statusIndex: true } })).map((c) => c.statusIndex));
    const template = await t.app.db.card.findFirstOrThrow({ where: { statusIndex: { gte: first } } });
    const free = [first + 3, first + 70_000, first + STATUS_LIST_SIZE - 1].filter((i) => !taken.has(i));
    await fillList(t, engine, 1, template, free);

    const holders = await Promise.all(Array.from({ length: 12 }, (_, i) => insertHolder(t.app, { givenName: `Race${i}` })));
    const responses = await Promise.all(
      holders.map((h) => t.app.inject({ method: 'POST', url: `/api/holders/${h.id}/cards`, headers: bearer(staffToken), payload: {} })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(responses.map(() => 201));
    const cards = await t.app.db.card.findMany({ where: { holderId: { in: holders.map((h) => h.id) } }, select: { statusIndex: true } });
    const indexes = cards.map((c) => c.statusIndex);
    expect(indexes).toHaveLength(12);
    expect(new Set(indexes).size).toBe(12);
    // Only list 1's free indexes were given there (a request that started once list 2 was open goes to list 2).
    const onListOne = indexes.filter((i) => i < 2 * STATUS_LIST_SIZE);
    expect(onListOne.every((i) => free.includes(i))).toBe(true);
    expect(indexes.every((i) => i < 3 * STATUS_LIST_SIZE)).toBe(true);
    const kit = await offlineKit();
    expect(kit.bits.length * 8).toBe(3 * STATUS_LIST_SIZE);
  });
});
