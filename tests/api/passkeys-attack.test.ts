import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createStaffMember, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';
import { createCredential, getAssertion, newSoftPasskey, type SoftPasskey } from '../support/soft-authenticator.ts';
import { mfaThrottleKey } from '../../api/src/auth/mfa-attempts.ts';
import { totpCodeAt } from '../../api/src/auth/totp.ts';

const ORIGIN = 'http://cards.test';

type Member = { id: string; email: string; password: string };

/**
 * Passkeys under attack: odd authenticators, hostile bodies and races, as
 * real parallel HTTP requests to a listening app. Whatever comes in, the
 * answer is a 4xx with a stable code (never a 5xx), and the account's
 * passkey count always matches its passkeys.
 */
describe.each(testEngines())('passkeys under attack on %s', (engine) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp(engine, { TRUST_PROXY: 'true' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => t.close());

  let burst = 0;
  const send = (method: string, url: string, payload: unknown, token?: string) =>
    fetch(`${base}${url}`, {
      method,
      headers: { 'x-forwarded-for': `10.88.${burst}.1`, ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? bearer(token) : {}) },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });

  // Each sign-in from an address of its own: this file signs in far more often than the login route's per-address limit allows.
  let address = 0;
  const fromNewAddress = () => ({ 'x-forwarded-for': `10.99.${Math.floor(++address / 250)}.${address % 250}` });

  async function signIn(who: Member) {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: fromNewAddress(), payload: { email: who.email, password: who.password } });
    expect(response.statusCode).toBe(200);
    return { accessToken: response.json().accessToken as string };
  }

  async function registrationOptions(token: string) {
    const start = await t.app.inject({ method: 'POST', url: '/api/auth/passkeys/options', headers: bearer(token) });
    expect(start.statusCode).toBe(200);
    return start.json().options;
  }

  const register = (token: string, name: string, response: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/auth/passkeys', headers: bearer(token), payload: { name, response } });

  async function addPasskey(token: string, passkey: SoftPasskey, name = 'Laptop') {
    const added = await register(token, name, createCredential(passkey, await registrationOptions(token), ORIGIN));
    expect(added.statusCode).toBe(201);
    return added.json().id as string;
  }

  async function passwordStep(who: Member): Promise<string> {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: fromNewAddress(), payload: { email: who.email, password: who.password } });
    expect(response.json().mfaRequired).toBe(true);
    return response.json().mfaToken;
  }

  async function passkeyOptions(mfaToken: string) {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/passkey/options', headers: fromNewAddress(), payload: { mfaToken } });
    expect(response.statusCode).toBe(200);
    return response.json().options as { challenge: string; rpId: string };
  }

  const passkeyStep = (mfaToken: string, response: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/auth/mfa/passkey', headers: fromNewAddress(), payload: { mfaToken, response } });

  async function inSync(staffId: string) {
    const staff = await t.app.deps.db.staff.findUniqueOrThrow({ where: { id: staffId } });
    expect(staff.passkeyCount).toBe(await t.app.deps.db.staffPasskey.count({ where: { staffId } }));
    return staff;
  }

  async function enrolTotp(token: string): Promise<string> {
    const setup = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/totp/setup', headers: bearer(token) });
    const { secret } = setup.json() as { secret: string };
    const confirm = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/totp/confirm', headers: bearer(token), payload: { code: totpCodeAt(secret, t.clock.now) } });
    expect(confirm.statusCode).toBe(200);
    t.clock.advance(30_000);
    return secret;
  }

  async function requireMfa(adminToken: string, on: boolean) {
    const set = await t.app.inject({ method: 'PUT', url: '/api/staff/security-settings', headers: bearer(adminToken), payload: { mfaRequired: on } });
    expect(set.statusCode).toBe(200);
  }

  it('refuses a registration whose authenticator data names another credential than the answer does, and a credential id longer than WebAuthn allows', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const { accessToken } = await signIn(member);

    // The signed authenticator data carries one credential id, the answer's id another.
    const passkey = newSoftPasskey();
    const answer = createCredential(passkey, await registrationOptions(accessToken), ORIGIN);
    const claimed = randomBytes(32).toString('base64url');
    const mismatched = await register(accessToken, 'Laptop', { ...answer, id: claimed, rawId: claimed });
    expect(mismatched.statusCode).toBe(400);
    expect(mismatched.json().error.code).toBe('PASSKEY_INVALID');

    // WebAuthn caps credential ids at 1,023 bytes; the authenticator data's length field allows 65,535.
    const long = newSoftPasskey();
    long.credentialId = randomBytes(4000);
    const longAnswer = createCredential(long, await registrationOptions(accessToken), ORIGIN);
    const short = randomBytes(16).toString('base64url');
    const tooLong = await register(accessToken, 'Laptop', { ...longAnswer, id: short, rawId: short });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.code).toBe('PASSKEY_INVALID');
    expect(await t.app.deps.db.staffPasskey.count({ where: { staffId: member.id } })).toBe(0);
    await inSync(member.id);
  });

  it('takes signature counters up to 2^32 - 1, as authenticators may send them, without a 5xx', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const { accessToken } = await signIn(member);
    const high = newSoftPasskey();
    high.counter = 0x80000000;
    await addPasskey(accessToken, high, 'High counter');

    const mfaToken = await passwordStep(member);
    const signedIn = await passkeyStep(mfaToken, getAssertion(high, await passkeyOptions(mfaToken), ORIGIN, { counter: 0xfffffffe }));
    expect(signedIn.statusCode).toBe(200);
    const stored = await t.app.deps.db.staffPasskey.findFirstOrThrow({ where: { staffId: member.id } });
    expect(stored.counter).toBe(0xfffffffen);
    // And it still only moves forward.
    const next = await passwordStep(member);
    const back = await passkeyStep(next, getAssertion(high, await passkeyOptions(next), ORIGIN, { counter: 0xfffffffd }));
    expect(back.json().error.code).toBe('PASSKEY_INVALID');
  });

  it('does not let a passkey of one account answer another account’s challenge, nor one answer serve two sign-ins', async () => {
    const alice = await createStaffMember(t.app, 'staff');
    const bob = await createStaffMember(t.app, 'staff');
    const alicesKey = newSoftPasskey();
    const bobsKey = newSoftPasskey();
    await addPasskey((await signIn(alice)).accessToken, alicesKey);
    await addPasskey((await signIn(bob)).accessToken, bobsKey);

    const bobsToken = await passwordStep(bob);
    const bobsOptions = await passkeyOptions(bobsToken);
    const crossed = await passkeyStep(bobsToken, getAssertion(alicesKey, bobsOptions, ORIGIN));
    expect(crossed.json().error.code).toBe('PASSKEY_INVALID');
    expect((await t.app.deps.db.loginThrottle.findUnique({ where: { key: mfaThrottleKey(bob.id) } }))?.failures).toBe(1);

    // Bob's right answer with Alice's user handle: the user handle names someone else.
    bobsKey.userHandle = Buffer.from(alice.id).toString('base64url');
    const foreignHandle = await passkeyStep(bobsToken, getAssertion(bobsKey, bobsOptions, ORIGIN));
    expect(foreignHandle.json().error.code).toBe('PASSKEY_INVALID');
    bobsKey.userHandle = Buffer.from(bob.id).toString('base64url');

    // An answer to the challenge of one sign-in does not open another.
    const first = await passwordStep(bob);
    const second = await passwordStep(bob);
    const answer = getAssertion(bobsKey, await passkeyOptions(first), ORIGIN);
    await passkeyOptions(second);
    expect((await passkeyStep(second, answer)).json().error.code).toBe('PASSKEY_INVALID');
    expect((await passkeyStep(first, answer)).statusCode).toBe(200);
  });

  it('asking for options again while an answer is on its way: the old answer no longer counts', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const passkey = newSoftPasskey();
    await addPasskey((await signIn(member)).accessToken, passkey);
    for (let round = 0; round < 8; round++) {
      // Each refused answer counts as a failed try: start every round with none, so the lock stays out of it.
      await t.app.deps.db.loginThrottle.deleteMany({ where: { key: mfaThrottleKey(member.id) } });
      const mfaToken = await passwordStep(member);
      const answer = getAssertion(passkey, await passkeyOptions(mfaToken), ORIGIN);
      burst += 1;
      const [options, signIn] = await Promise.all([
        send('POST', '/api/auth/mfa/passkey/options', { mfaToken }),
        send('POST', '/api/auth/mfa/passkey', { mfaToken, response: answer }),
      ]);
      expect([200, 401]).toContain(options.status);
      expect([200, 400, 401]).toContain(signIn.status);
      // New options given means the older answer no longer counts: never both.
      expect([options.status, signIn.status]).not.toEqual([200, 200]);
    }
  });

  it('cleans passkey names: no bidi overrides, no zero-width characters, and a name of nothing but those becomes "Passkey"', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const { accessToken } = await signIn(member);
    const spoof = await register(accessToken, 'Work\u202Epotpal\u202C \u200BPhone\u200D', createCredential(newSoftPasskey(), await registrationOptions(accessToken), ORIGIN));
    expect(spoof.statusCode).toBe(201);
    const blank = await register(accessToken, '\u200B\u200C\u2066\u2069 \uFEFF', createCredential(newSoftPasskey(), await registrationOptions(accessToken), ORIGIN));
    expect(blank.statusCode).toBe(201);
    const list = await t.app.inject({ method: 'GET', url: '/api/auth/passkeys', headers: bearer(accessToken) });
    expect(list.json().items.map((p: { name: string }) => p.name).sort()).toEqual(['Passkey', 'Workpotpal Phone']);
  });

  it('answers hostile bodies with a 4xx and a stable code, and logs no library words, tokens or challenges', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const { accessToken } = await signIn(member);
    const passkey = newSoftPasskey();
    await addPasskey(accessToken, passkey);
    const mfaToken = await passwordStep(member);
    const options = await passkeyOptions(mfaToken);
    const good = getAssertion(passkey, options, ORIGIN);
    const regOptions = await registrationOptions(accessToken);
    const goodReg = createCredential(newSoftPasskey(), regOptions, ORIGIN);
    const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');

    const signInBodies: unknown[] = [
      null, [], 'x', 42, { mfaToken }, { mfaToken: 123, response: good }, { mfaToken, response: 'x' }, { mfaToken, response: [] },
      { mfaToken, response: { ...good, id: '!!!' } }, { mfaToken, response: { ...good, type: 'password' } },
      { mfaToken, response: { ...good, response: { ...good.response, signature: 'A'.repeat(3000) } } },
      { mfaToken, response: { ...good, response: { ...good.response, authenticatorData: b64('short') } } },
      { mfaToken, response: { ...good, response: { ...good.response, authenticatorData: b64(randomBytes(4000)) } } },
      { mfaToken, response: { ...good, response: { ...good.response, clientDataJSON: b64('not json') } } },
      { mfaToken, response: { ...good, response: { ...good.response, clientDataJSON: b64('{"type":1,"challenge":{},"origin":[]}') } } },
      { mfaToken, response: { ...good, response: { ...good.response, clientDataJSON: b64('[]') } } },
      { mfaToken, response: { ...good, response: { ...good.response, signature: b64('not DER') } } },
      { mfaToken, response: { ...good, response: { ...good.response, userHandle: '' } } },
      { mfaToken, response: { ...good, clientExtensionResults: { appid: 'yes', credProps: [1, 2] } } },
      { mfaToken, response: { ...good, extra: true } },
      { mfaToken: 'x'.repeat(201), response: good },
      { mfaToken: '\u202E'.repeat(50), response: good },
    ];
    for (const body of signInBodies) {
      const answer = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/passkey', payload: JSON.stringify(body), headers: { 'content-type': 'application/json', ...fromNewAddress() } });
      expect(answer.statusCode, JSON.stringify(body).slice(0, 120)).toBeGreaterThanOrEqual(400);
      expect(answer.statusCode, JSON.stringify(body).slice(0, 120)).toBeLessThan(500);
      expect(answer.json().error.code).toMatch(/^[A-Z_]+$/);
      expect(answer.body).not.toMatch(/at \w+ \(|Unexpected|cbor|expected/i);
    }
    for (const body of [{ mfaToken: 7 }, {}, { mfaToken: 'y'.repeat(300) }, { mfaToken: 'z'.repeat(40) }]) {
      const answer = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/passkey/options', headers: fromNewAddress(), payload: body });
      expect(answer.statusCode).toBeGreaterThanOrEqual(400);
      expect(answer.statusCode).toBeLessThan(500);
    }

    const cborGarbage = [
      b64(Buffer.from([0xff, 0xff, 0xff])), b64(Buffer.from([0xbf])), b64(Buffer.from([0xa1, 0x63, 0x66, 0x6d, 0x74])),
      b64(Buffer.from([0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])), b64(Buffer.from([0xa3, 0x63, 0x66, 0x6d, 0x74, 0x64, 0x6e, 0x6f, 0x6e, 0x65])),
      b64(randomBytes(20000)), b64(Buffer.from([0xd9, 0xd9, 0xf7, 0x80])),
    ];
    const registrationBodies: unknown[] = [
      null, [], { name: 'x' }, { name: '', response: goodReg }, { name: 'x'.repeat(61), response: goodReg }, { name: ['x'], response: goodReg },
      ...cborGarbage.map((attestationObject) => ({ name: 'x', response: { ...goodReg, response: { ...goodReg.response, attestationObject } } })),
      { name: 'x', response: { ...goodReg, response: { ...goodReg.response, transports: ['usb', { usb: true }] } } },
      { name: 'x', response: { ...goodReg, response: { ...goodReg.response, transports: Array(11).fill('usb') } } },
      { name: 'x', response: { ...goodReg, response: { ...goodReg.response, publicKeyAlgorithm: 1e12 } } },
      { name: 'x', response: { ...goodReg, response: { ...goodReg.response, clientDataJSON: b64('{"type":"webauthn.create"}') } } },
    ];
    for (const [index, body] of registrationBodies.entries()) {
      const answer = await t.app.inject({ method: 'POST', url: '/api/auth/passkeys', headers: { ...bearer(accessToken), 'content-type': 'application/json' }, payload: JSON.stringify(body) });
      expect(answer.statusCode, `registration body ${index}`).toBeGreaterThanOrEqual(400);
      expect(answer.statusCode, `registration body ${index}`).toBeLessThan(500);
      expect(answer.body).not.toMatch(/at \w+ \(|Unexpected|cbor|expected/i);
    }
    for (const id of ['x'.repeat(5000), '%00', '..%2F..%2Fetc']) {
      const answer = await t.app.inject({ method: 'DELETE', url: `/api/auth/passkeys/${id}`, headers: bearer(accessToken) });
      expect(answer.statusCode).toBeGreaterThanOrEqual(400);
      expect(answer.statusCode).toBeLessThan(500);
    }

    // Deeply nested extension results, as raw JSON over HTTP.
    const deep = '{"a":'.repeat(20000) + '1' + '}'.repeat(20000);
    burst += 1;
    for (const [url, raw, token] of [
      ['/api/auth/mfa/passkey', JSON.stringify({ mfaToken, response: { ...good, clientExtensionResults: {} } }), undefined],
      ['/api/auth/passkeys', JSON.stringify({ name: 'x', response: { ...goodReg, clientExtensionResults: {} } }), accessToken],
    ] as const) {
      const answer = await fetch(`${base}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.88.${burst}.2`, ...(token ? bearer(token) : {}) },
        body: raw.replace('"clientExtensionResults":{}', `"clientExtensionResults":${deep}`),
      });
      // A right answer may well be taken; what matters is no 5xx.
      expect(answer.status, url).toBeLessThan(500);
    }
    const logged = t.logs.join('\n');
    expect(logged).not.toContain(mfaToken);
    expect(logged).not.toContain(options.challenge);
    expect(logged).not.toContain(regOptions.challenge);
    expect(logged).not.toMatch(/Unexpected|cbor|Credential ID/i);
    expect(logged).not.toContain('"level":50');
  });

  it('an expired registration challenge or sign-in challenge is refused', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const { accessToken } = await signIn(member);
    const passkey = newSoftPasskey();
    const regOptions = await registrationOptions(accessToken);
    t.clock.advance(5 * 60_000 + 1);
    const late = await register(accessToken, 'Laptop', createCredential(passkey, regOptions, ORIGIN));
    expect(late.json().error.code).toBe('PASSKEY_INVALID');
    const fresh = await signIn(member);
    await addPasskey(fresh.accessToken, passkey);
    const mfaToken = await passwordStep(member);
    const options = await passkeyOptions(mfaToken);
    t.clock.advance(5 * 60_000 + 1);
    const lateSignIn = await passkeyStep(mfaToken, getAssertion(passkey, options, ORIGIN));
    expect(lateSignIn.json().error.code).toBe('MFA_CHALLENGE_INVALID');
    const lateOptions = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/passkey/options', headers: fromNewAddress(), payload: { mfaToken } });
    expect(lateOptions.json().error.code).toBe('MFA_CHALLENGE_INVALID');
  });

  it('20 wrong answers at once check no more than the limit, and asking for options again resets nothing', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const passkey = newSoftPasskey();
    await addPasskey((await signIn(member)).accessToken, passkey);
    const mfaToken = await passwordStep(member);
    const options = await passkeyOptions(mfaToken);
    burst += 1;
    const wrong = Array.from({ length: 20 }, () => getAssertion(newSoftPasskey(), options, ORIGIN));
    const answers = await Promise.all(wrong.map((response) => send('POST', '/api/auth/mfa/passkey', { mfaToken, response })));
    const codes = await Promise.all(answers.map(async (a) => (await a.json()).error.code as string));
    expect(codes.filter((c) => c === 'PASSKEY_INVALID')).toHaveLength(5);
    expect(codes.filter((c) => c === 'MFA_THROTTLED')).toHaveLength(15);
    expect(await t.app.deps.db.auditEvent.count({ where: { entityId: member.id, action: 'auth.mfa_failed' } })).toBe(5);
    // New options, a new password step: still locked, the right passkey included.
    await passkeyOptions(mfaToken);
    const again = await passwordStep(member);
    const right = await passkeyStep(again, getAssertion(passkey, await passkeyOptions(again), ORIGIN));
    expect(right.json().error.code).toBe('MFA_THROTTLED');
  });

  it('removing a passkey while an admin resets the account: no 5xx, and the count matches what is left', async () => {
    const admin = await createStaffMember(t.app, 'admin');
    const adminToken = (await signIn(admin)).accessToken;
    await addPasskey(adminToken, newSoftPasskey());
    for (let round = 0; round < 3; round++) {
      const member = await createStaffMember(t.app, 'staff');
      const token = (await signIn(member)).accessToken;
      const ids = [await addPasskey(token, newSoftPasskey(), 'One'), await addPasskey(token, newSoftPasskey(), 'Two')];
      const regOptions = await registrationOptions(token);
      const pending = createCredential(newSoftPasskey(), regOptions, ORIGIN);
      burst += 1;
      const answers = await Promise.all([
        send('DELETE', `/api/auth/passkeys/${ids[0]}`, undefined, token),
        send('POST', `/api/staff/${member.id}/mfa/reset`, { confirmEmail: member.email }, adminToken),
        send('DELETE', `/api/auth/passkeys/${ids[1]}`, undefined, token),
        send('POST', '/api/auth/passkeys', { name: 'Three', response: pending }, token),
      ]);
      for (const a of answers) expect(a.status).toBeLessThan(500);
      const staff = await inSync(member.id);
      if (answers[1]!.status === 200) {
        // The reset cleared the registration under way and every passkey, whichever came first.
        expect(staff.passkeyCount).toBe(0);
      } else {
        // Both removals came first: nothing left to reset, and the registration may then add its passkey.
        expect((await answers[1]!.json()).error.code).toBe('MFA_NOT_ENROLLED');
        expect(staff.passkeyCount).toBe(answers[3]!.status === 201 ? 1 : 0);
      }
    }
  });

  it('while two-step sign-in is required, turning off the app and removing the only passkey at once leaves a second factor', async () => {
    const admin = await createStaffMember(t.app, 'admin');
    const adminToken = (await signIn(admin)).accessToken;
    await addPasskey(adminToken, newSoftPasskey());
    await requireMfa(adminToken, true);
    try {
      for (let round = 0; round < 3; round++) {
        const member = await createStaffMember(t.app, 'staff');
        const token = (await signIn(member)).accessToken;
        const secret = await enrolTotp(token);
        const passkeyId = await addPasskey(token, newSoftPasskey());
        burst += 1;
        const [removal, disable] = await Promise.all([
          send('DELETE', `/api/auth/passkeys/${passkeyId}`, undefined, token),
          send('POST', '/api/auth/mfa/disable', { code: totpCodeAt(secret, t.clock.now) }, token),
        ]);
        expect([removal.status, disable.status].sort()).toEqual([204, 403].sort());
        const staff = await inSync(member.id);
        expect(staff.totpEnabledAt !== null || staff.passkeyCount > 0).toBe(true);
        expect(await t.app.deps.db.mfaRecoveryCode.count({ where: { staffId: member.id } })).toBe(10);
        t.clock.advance(30_000);
      }
    } finally {
      await requireMfa(adminToken, false);
    }
  });

  it('adding passkeys from two option requests at once, and removing them at once: the count follows the rows', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const { accessToken } = await signIn(member);
    const first = createCredential(newSoftPasskey(), await registrationOptions(accessToken), ORIGIN);
    const second = createCredential(newSoftPasskey(), await registrationOptions(accessToken), ORIGIN);
    burst += 1;
    const adds = await Promise.all([
      send('POST', '/api/auth/passkeys', { name: 'First', response: first }, accessToken),
      send('POST', '/api/auth/passkeys', { name: 'Second', response: second }, accessToken),
      send('POST', '/api/auth/passkeys/options', undefined, accessToken),
    ]);
    for (const a of adds) expect(a.status).toBeLessThan(500);
    // The first challenge was replaced by the second: its answer is refused.
    expect(adds[0]!.status).toBe(400);
    await inSync(member.id);
    const ids = [await addPasskey(accessToken, newSoftPasskey(), 'A'), await addPasskey(accessToken, newSoftPasskey(), 'B')];
    burst += 1;
    const removals = await Promise.all([...ids, ...ids].map((id) => send('DELETE', `/api/auth/passkeys/${id}`, undefined, accessToken)));
    expect(removals.map((r) => r.status).filter((s) => s === 204)).toHaveLength(2);
    expect(removals.every((r) => r.status === 204 || r.status === 404)).toBe(true);
    const staff = await inSync(member.id);
    expect(staff.passkeyCount).toBe(adds[1]!.status === 201 ? 1 : 0);
  });
});
