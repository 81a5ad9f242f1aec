import { createHmac, generateKeyPairSync } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { createLocalJWKSet, jwtVerify, SignJWT, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../api/src/app.ts';
import { generateCardNumber } from '../../api/src/cards/card-number.ts';
import { openDatabase } from '../../api/src/db/database.ts';
import { verifyCard } from '../../api/src/verify/verify-card.ts';
import { insertHolder } from '../support/holders.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

const b64 = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const partsOf = (token: string) => {
  const [h, p, s] = token.split('.') as [string, string, string];
  return { h, p, s, header: JSON.parse(Buffer.from(h, 'base64url').toString()), payload: JSON.parse(Buffer.from(p, 'base64url').toString()) };
};

describe.each(testEngines())('public verify on %s', (engine) => {
  let t: TestApp;
  let staffToken: string;
  let adminToken: string;
  let card: { id: string; token: string; number: string };
  let notValidBody: string;

  const verifyRaw = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/v1/verify', payload: payload as object, headers: { 'content-type': 'application/json' } });
  const issue = async (overrides = {}) => {
    const holder = await insertHolder(t.app, overrides);
    const response = await t.app.inject({ method: 'POST', url: `/api/holders/${holder.id}/cards`, headers: bearer(staffToken), payload: {} });
    return response.json().card as { id: string; token: string; number: string; expiresAt: string };
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { ORGANISATION_NAME: 'Young Carers Notts', ORGANISATION_HELPLINE: '0115 962 8920', VERIFY_RATE_LIMIT_PER_MINUTE: '100000' });
    staffToken = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
    adminToken = (await loginAs(t.app, await createStaffMember(t.app, 'admin'))).accessToken;
    card = await issue();
    const unknown = await verifyRaw({ cardNumber: generateCardNumber() });
    notValidBody = unknown.body;
    expect(JSON.parse(notValidBody)).toEqual({ result: 'not_valid', issuer: { name: 'Young Carers Notts', helpline: '0115 962 8920' } });
  });
  afterAll(async () => t.close());

  async function expectNotValid(token: string, label: string) {
    const response = await verifyRaw({ token });
    expect(response.statusCode, label).toBe(200);
    expect(response.body, label).toBe(notValidBody);
  }

  it('answers valid with name, number, expiry, issuer and benefits, uncached', async () => {
    const response = await verifyRaw({ token: card.token });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.json()).toEqual({
      result: 'valid',
      givenName: 'Amelia',
      cardNumber: card.number,
      expiresOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      issuer: { name: 'Young Carers Notts', helpline: '0115 962 8920' },
      benefits: [],
    });
    const typed = await verifyRaw({ cardNumber: ` ${card.number.toLowerCase().replace(/-/g, ' ')} ` });
    expect(typed.json().result).toBe('valid');
  });

  it('keeps the token and the answer free of anything but the minimum', async () => {
    const { header, payload } = partsOf(card.token);
    expect(Object.keys(header).sort()).toEqual(['alg', 'kid', 'typ']);
    expect(header.alg).toBe('EdDSA');
    expect(Object.keys(payload).sort()).toEqual(['exp', 'iat', 'iss', 'n', 'sl', 'sub']);
    expect(payload.n).toBe('Amelia');
    // Random values (the card id, the card number, the status index, times) are left out: they can spell "mum" by chance.
    const { sub: _id, sl: _index, iat: _iat, exp: _exp, ...named } = payload;
    const { cardNumber: _number, ...answer } = (await verifyRaw({ token: card.token })).json();
    const everything = `${JSON.stringify(named)}${JSON.stringify(answer)}`;
    for (const secret of ['Kowalczyk', '2013', 'sclerosis', 'mum', 'photo', 'familyName', 'dateOfBirth']) {
      expect(everything).not.toContain(secret);
    }
  });

  it('keeps an internal reason for each not_valid cause, while every answer stays the same', async () => {
    const revoked = await issue();
    await t.app.inject({ method: 'POST', url: `/api/cards/${revoked.id}/revoke`, headers: bearer(staffToken), payload: { reason: 'lost' } });
    const suspended = await issue();
    await t.app.inject({ method: 'POST', url: `/api/cards/${suspended.id}/suspend`, headers: bearer(staffToken), payload: { reason: 'under_review' } });
    const { h, p, s: sig } = partsOf(card.token);
    const flipped = `${h}.${p}.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BA' : 'AA'}`;
    const cases: [request: { token: string } | { cardNumber: string }, reason: string][] = [
      [{ token: card.token }, 'valid'],
      [{ token: revoked.token }, 'card_revoked'],
      [{ token: suspended.token }, 'card_suspended'],
      [{ token: flipped }, 'token_invalid'],
      [{ token: `${b64({ alg: 'EdDSA', kid: 'zzzzzz', typ: 'ycc' })}.${p}.${sig}` }, 'token_unknown_key'],
      [{ cardNumber: 'not a number' }, 'card_number_invalid'],
      [{ cardNumber: generateCardNumber() }, 'card_unknown'],
    ];
    for (const [request, reason] of cases) {
      const outcome = await verifyCard(t.app.deps, { request });
      expect(outcome.reason, JSON.stringify(request)).toBe(reason);
      if (reason !== 'valid') expect(JSON.stringify(outcome.answer)).toBe(notValidBody);
    }
  });

  it('gives the identical not_valid body for every kind of forgery', async () => {
    const { h, p, s, header, payload } = partsOf(card.token);
    const kid = header.kid as string;
    const forgeries: [string, string][] = [
      ['alg none', `${b64({ alg: 'none', kid, typ: 'ycc' })}.${p}.`],
      ['alg None', `${b64({ alg: 'None', kid, typ: 'ycc' })}.${p}.`],
      ['missing kid', await new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', typ: 'ycc' }).sign(t.app.deps.keyring.privateKey(kid)!)],
      ['unknown kid', await new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', kid: 'zzzzzz', typ: 'ycc' }).sign(t.app.deps.keyring.privateKey(kid)!)],
      ['wrong typ', await new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', kid, typ: 'JWT' }).sign(t.app.deps.keyring.privateKey(kid)!)],
      ['no typ', await new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', kid }).sign(t.app.deps.keyring.privateKey(kid)!)],
      ['wrong issuer', await new SignJWT({ ...payload, iss: 'someone-else' }).setProtectedHeader({ alg: 'EdDSA', kid, typ: 'ycc' }).sign(t.app.deps.keyring.privateKey(kid)!)],
      ['truncated', card.token.slice(0, -1)],
      ['half', card.token.slice(0, card.token.length / 2)],
      ['extra segment', `${card.token}.AAAA`],
      ['two segments', `${h}.${p}`],
      ['8 KB', `${card.token}${'A'.repeat(8192)}`],
      ['8 KB junk', 'x'.repeat(8192)],
      ['empty', ''],
      ['spaces', `${h} .${p}.${s}`],
      ['payload from another card', `${h}.${b64({ ...payload, sub: 'aaaaaaaaaa' })}.${s}`],
    ];
    // HS256 with our public key as the HMAC secret (the classic algorithm-confusion attack).
    const publicJwk = (await (await t.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json()).keys[0];
    for (const secret of [JSON.stringify(publicJwk), Buffer.from(publicJwk.x, 'base64url').toString('latin1'), publicJwk.x]) {
      const hh = b64({ alg: 'HS256', kid, typ: 'ycc' });
      forgeries.push(['HS256 with the public key', `${hh}.${p}.${createHmac('sha256', secret).update(`${hh}.${p}`).digest('base64url')}`]);
    }
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    forgeries.push(['ES256', await new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid, typ: 'ycc' }).sign(ec)]);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    forgeries.push(['RS256', await new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid, typ: 'ycc' }).sign(rsa)]);
    const otherEd = generateKeyPairSync('ed25519').privateKey;
    forgeries.push(['EdDSA with another key', await new SignJWT(payload).setProtectedHeader({ alg: 'EdDSA', kid, typ: 'ycc' }).sign(otherEd)]);
    forgeries.push(['staff access token', staffToken]);
    for (const [label, token] of forgeries) await expectNotValid(token, label);
  });

  it('refuses every single-character change anywhere in the token', async () => {
    const token = card.token;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 0; i < token.length; i++) {
      if (token[i] === '.') continue;
      const replacement = alphabet[(alphabet.indexOf(token[i]!) + 17) % 64]!;
      await expectNotValid(`${token.slice(0, i)}${replacement}${token.slice(i + 1)}`, `position ${i}`);
    }
  });

  it('never verifies random strings or card numbers, and never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 100 })), fc.boolean(), async (text, asToken) => {
        const response = await verifyRaw(asToken ? { token: text } : { cardNumber: text });
        expect(response.statusCode).toBe(200);
        expect(response.body).toBe(notValidBody);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.constant(null), async () => {
        const response = await verifyRaw({ cardNumber: generateCardNumber() });
        expect(response.body).toBe(notValidBody);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses malformed requests with a 4xx, never a 5xx', async () => {
    for (const payload of ['{', '[]', '{}', '{"token":"a","cardNumber":"b"}', '{"other":"x"}', 'null']) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/verify', payload, headers: { 'content-type': 'application/json' } });
      expect(response.statusCode, payload).toBeGreaterThanOrEqual(400);
      expect(response.statusCode, payload).toBeLessThan(500);
      expect(response.json().error.code).toMatch(/^[A-Z_]+$/);
    }
    const huge = await verifyRaw({ token: 'a'.repeat(64 * 1024) });
    expect(huge.statusCode).toBe(413);
  });

  it('never accepts a card token as a staff session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(card.token) });
    expect(response.statusCode).toBe(401);
  });

  it('reports expired only for a good signature', async () => {
    const { header, payload } = partsOf(card.token);
    const key = t.app.deps.keyring.privateKey(header.kid)!;
    const past = { ...payload, iat: payload.iat - 400 * 86_400, exp: Math.floor(Date.now() / 1000) - 86_400 };
    const expiredToken = await new SignJWT(past).setProtectedHeader(header).sign(key);
    const expired = (await verifyRaw({ token: expiredToken })).json();
    expect(expired).toMatchObject({ result: 'expired', givenName: 'Amelia' });
    expect(expired.benefits).toBeUndefined();
    const forgedExpired = await new SignJWT(past).setProtectedHeader(header).sign(generateKeyPairSync('ed25519').privateKey);
    await expectNotValid(forgedExpired, 'expired but forged');
  });

  it('rotating keys keeps old cards valid; withdrawing a key makes its cards not valid at once', async () => {
    const before = await issue();
    const oldKid = partsOf(before.token).header.kid;
    expect((await t.app.inject({ method: 'POST', url: '/api/keys/rotate', headers: bearer(staffToken) })).statusCode).toBe(403);
    const rotated = await t.app.inject({ method: 'POST', url: '/api/keys/rotate', headers: bearer(adminToken) });
    expect(rotated.statusCode).toBe(200);
    const newKid = rotated.json().key.kid;
    expect(newKid).not.toBe(oldKid);
    const after = await issue();
    expect(partsOf(after.token).header.kid).toBe(newKid);
    expect((await verifyRaw({ token: before.token })).json().result).toBe('valid');
    const jwks = (await t.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json();
    expect(jwks.keys.map((k: { kid: string }) => k.kid).sort()).toEqual([oldKid, newKid].sort());

    const withdrawn = await t.app.inject({ method: 'POST', url: `/api/keys/${oldKid}/withdraw`, headers: bearer(adminToken) });
    expect(withdrawn.json().key).toMatchObject({ kid: oldKid, status: 'withdrawn' });
    expect(withdrawn.json().key.unexpiredCards).toBeGreaterThan(0);
    await expectNotValid(before.token, 'withdrawn key');
    await expectNotValid(card.token, 'withdrawn key (first card)');
    expect((await verifyRaw({ cardNumber: before.number })).body).toBe(notValidBody);
    expect((await verifyRaw({ token: after.token })).json().result).toBe('valid');
    const staffView = (await t.app.inject({ method: 'GET', url: `/api/cards/${before.id}`, headers: bearer(staffToken) })).json().card;
    expect(staffView).toMatchObject({ status: 'revoked', statusReason: 'key_withdrawn' });
    const jwksAfter = (await t.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json();
    expect(jwksAfter.keys.map((k: { kid: string }) => k.kid)).toEqual([newKid]);
    const list = (await t.app.inject({ method: 'GET', url: '/api/keys', headers: bearer(adminToken) })).json();
    expect(list.items.find((k: { kid: string }) => k.kid === oldKid).status).toBe('withdrawn');
    card = after;
  });

  it('lets a partner verify offline from the JWKS and the status list alone', async () => {
    const fresh = await issue();
    const suspended = await issue();
    await t.app.inject({ method: 'POST', url: `/api/cards/${suspended.id}/suspend`, headers: bearer(staffToken), payload: { reason: 'lost' } });

    // What a partner's own software downloads once and caches:
    const jwks = (await t.app.inject({ method: 'GET', url: '/.well-known/jwks.json' })).json() as JSONWebKeySet;
    const listResponse = await t.app.inject({ method: 'GET', url: '/api/v1/status-list' });
    expect(listResponse.headers['content-type']).toContain('application/vc+jwt');
    expect(listResponse.headers['cache-control']).toMatch(/max-age=\d+/);
    const keys = createLocalJWKSet(jwks);
    const { payload: list } = await jwtVerify(listResponse.body, keys, { algorithms: ['EdDSA'], typ: 'vc+jwt' });
    const subject = (list as { credentialSubject: { type: string; statusPurpose: string; encodedList: string } }).credentialSubject;
    expect(subject.type).toBe('BitstringStatusList');
    expect(subject.encodedList.startsWith('u')).toBe(true);
    const bits = gunzipSync(Buffer.from(subject.encodedList.slice(1), 'base64url'));
    expect(bits.length * 8).toBeGreaterThanOrEqual(131_072);

    const offlineCheck = async (token: string) => {
      const { payload } = await jwtVerify(token, keys, { algorithms: ['EdDSA'], typ: 'ycc', issuer: list.iss as string });
      const index = payload.sl as number;
      const blocked = (bits[index >> 3]! & (0x80 >> (index & 7))) !== 0;
      return blocked ? 'not_valid' : `valid:${payload.n as string}`;
    };
    expect(await offlineCheck(fresh.token)).toBe('valid:Amelia');
    expect(await offlineCheck(suspended.token)).toBe('not_valid');
    // Exactly the revoked and suspended cards are set.
    const blockedIndexes = (await t.app.db.card.findMany({ where: { status: { in: ['revoked', 'suspended'] } } })).map((c) => c.statusIndex);
    let setBits = 0;
    for (const byte of bits) for (let b = 0; b < 8; b++) setBits += (byte >> b) & 1;
    expect(setBits).toBe(new Set(blockedIndexes).size);
  });
});

describe('two API processes on one PostgreSQL database', () => {
  it('a revocation made through one is seen by the very next verify through the other', async () => {
    if (!testEngines().includes('postgresql')) throw new Error('This test needs PostgreSQL: set TEST_POSTGRES_URL');
    const a = await startTestApp('postgresql');
    const database = await openDatabase(a.testDb.target);
    const b = await buildApp(a.config, database, { logger: false });
    try {
      const token = (await loginAs(a.app, await createStaffMember(a.app, 'staff'))).accessToken;
      for (let round = 0; round < 5; round++) {
        const holder = await insertHolder(a.app);
        const { card } = (await a.app.inject({ method: 'POST', url: `/api/holders/${holder.id}/cards`, headers: bearer(token), payload: {} })).json();
        expect((await b.inject({ method: 'POST', url: '/api/v1/verify', payload: { token: card.token } })).json().result).toBe('valid');
        await a.app.inject({ method: 'POST', url: `/api/cards/${card.id}/revoke`, headers: bearer(token), payload: { reason: 'lost' } });
        expect((await b.inject({ method: 'POST', url: '/api/v1/verify', payload: { token: card.token } })).json().result).toBe('not_valid');
      }
    } finally {
      await b.close();
      await a.close();
    }
  });
});
