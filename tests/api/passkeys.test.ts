import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createStaffMember, loginAs, refreshCookieOf, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';
import { createCredential, getAssertion, newSoftPasskey, type SoftPasskey } from '../support/soft-authenticator.ts';
import { mfaThrottleKey } from '../../api/src/auth/mfa-attempts.ts';

/** PUBLIC_URL in startTestApp: passkeys are made for its host and checked against its origin. */
const ORIGIN = 'http://cards.test';

type Member = { id: string; email: string; password: string };

/**
 * Passkeys as a second step, checked with the server's real WebAuthn
 * verification (@simplewebauthn/server): the authenticator is a software
 * one (tests/support/soft-authenticator.ts) that signs as a device would.
 * Races are fired as real parallel HTTP requests to a listening app.
 */
describe.each(testEngines())('passkeys on %s', (engine) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    // Behind a trusted proxy, so each burst comes from an address of its own (the routes' own per-address limits stay as they are).
    t = await startTestApp(engine, { TRUST_PROXY: 'true' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => t.close());

  let burst = 0;
  const post = (url: string, payload: unknown, token?: string, from = `10.77.${burst}.1`) =>
    fetch(`${base}${url}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...(token ? bearer(token) : {}) },
      body: JSON.stringify(payload),
    });

  async function addPasskey(token: string, passkey: SoftPasskey, name = 'Work laptop') {
    const start = await t.app.inject({ method: 'POST', url: '/api/auth/passkeys/options', headers: bearer(token) });
    expect(start.statusCode).toBe(200);
    const { options } = start.json();
    expect(options.rp.id).toBe('cards.test');
    const response = createCredential(passkey, options, ORIGIN);
    return t.app.inject({ method: 'POST', url: '/api/auth/passkeys', headers: bearer(token), payload: { name, response } });
  }

  async function passwordStep(who: Member): Promise<{ mfaToken: string; methods: string[] }> {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: who.email, password: who.password } });
    expect(response.statusCode).toBe(200);
    expect(response.json().mfaRequired).toBe(true);
    return response.json();
  }

  async function passkeyOptions(mfaToken: string) {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/passkey/options', payload: { mfaToken } });
    expect(response.statusCode).toBe(200);
    return response.json().options as { challenge: string; rpId: string; allowCredentials: Array<{ id: string }> };
  }

  const passkeyStep = (mfaToken: string, response: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/auth/mfa/passkey', payload: { mfaToken, response } });

  const events = async (staffId: string, action: string) =>
    t.app.deps.db.auditEvent.findMany({ where: { entityId: staffId, action }, orderBy: { seq: 'asc' } });

  it('adds a passkey (the first second factor brings recovery codes), then signs in with password and passkey', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const { accessToken } = await loginAs(t.app, member);
    const passkey = newSoftPasskey();
    const added = await addPasskey(accessToken, passkey);
    expect(added.statusCode).toBe(201);
    expect(added.json().recoveryCodes).toHaveLength(10);

    const list = await t.app.inject({ method: 'GET', url: '/api/auth/passkeys', headers: bearer(accessToken) });
    expect(list.json()).toMatchObject({ available: true, items: [{ name: 'Work laptop', lastUsedAt: null }] });
    const stored = await t.app.deps.db.staffPasskey.findMany({ where: { staffId: member.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.credentialId).toBe(passkey.credentialId.toString('base64url'));
    expect(await events(member.id, 'auth.passkey_add')).toHaveLength(1);

    // A second passkey brings no new codes.
    const second = await addPasskey(accessToken, newSoftPasskey(), 'Phone');
    expect(second.statusCode).toBe(201);
    expect(second.json().recoveryCodes).toBeUndefined();

    const { mfaToken, methods } = await passwordStep(member);
    expect(methods).toEqual(['passkey', 'recovery_code']);
    const options = await passkeyOptions(mfaToken);
    expect(options.rpId).toBe('cards.test');
    expect(options.allowCredentials).toHaveLength(2);
    // No authenticator-app codes for an account that has none.
    const code = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/verify', payload: { mfaToken, code: '123456' } });
    expect(code.json().error.code).toBe('MFA_CODE_INVALID');

    const signedIn = await passkeyStep(mfaToken, getAssertion(passkey, options, ORIGIN));
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user).toMatchObject({ id: member.id, mfaEnabled: true, authenticatorApp: false, passkeys: 2 });
    expect(refreshCookieOf(signedIn)).toBeDefined();
    const logins = await events(member.id, 'auth.login');
    expect(JSON.parse(logins.at(-1)!.details)).toMatchObject({ secondFactor: 'passkey' });
    const used = await t.app.deps.db.staffPasskey.findUniqueOrThrow({ where: { id: stored[0]!.id } });
    expect(used.counter).toBe(1n);
    expect(used.lastUsedAt).not.toBeNull();
    // The answer cannot be used again: its challenge is used up.
    const replay = await passkeyStep(mfaToken, getAssertion(passkey, options, ORIGIN));
    expect(replay.json().error.code).toBe('MFA_CHALLENGE_INVALID');
  });

  it('refuses answers from another site, another key, an old challenge or a counter that went back, and counts them', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const passkey = newSoftPasskey();
    expect((await addPasskey((await loginAs(t.app, member)).accessToken, passkey)).statusCode).toBe(201);
    const { mfaToken } = await passwordStep(member);
    const options = await passkeyOptions(mfaToken);

    const phishing = await passkeyStep(mfaToken, getAssertion(passkey, options, 'http://cards-test.example'));
    expect(phishing.statusCode).toBe(400);
    expect(phishing.json().error.code).toBe('PASSKEY_INVALID');
    const stranger = newSoftPasskey();
    stranger.credentialId = passkey.credentialId; // the same id, another key: the signature does not check
    expect((await passkeyStep(mfaToken, getAssertion(stranger, options, ORIGIN))).json().error.code).toBe('PASSKEY_INVALID');
    const stale = { ...options, challenge: Buffer.from('an old challenge').toString('base64url') };
    expect((await passkeyStep(mfaToken, getAssertion(passkey, stale, ORIGIN))).json().error.code).toBe('PASSKEY_INVALID');
    expect((await t.app.deps.db.loginThrottle.findUnique({ where: { key: mfaThrottleKey(member.id) } }))?.failures).toBe(3);
    expect(await events(member.id, 'auth.mfa_failed')).toHaveLength(3);

    // A right answer signs in; a copy of the device whose counter is behind is then refused.
    expect((await passkeyStep(mfaToken, getAssertion(passkey, options, ORIGIN, { counter: 10 }))).statusCode).toBe(200);
    const next = await passwordStep(member);
    const again = await passkeyOptions(next.mfaToken);
    const cloned = await passkeyStep(next.mfaToken, getAssertion(passkey, again, ORIGIN, { counter: 5 }));
    expect(cloned.statusCode).toBe(400);
    expect(cloned.json().error.code).toBe('PASSKEY_INVALID');
    expect((await passkeyStep(next.mfaToken, getAssertion(passkey, again, ORIGIN, { counter: 11 }))).statusCode).toBe(200);
  });

  it('five failed passkey answers lock the second step, codes included', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const passkey = newSoftPasskey();
    expect((await addPasskey((await loginAs(t.app, member)).accessToken, passkey)).statusCode).toBe(201);
    const { mfaToken } = await passwordStep(member);
    const options = await passkeyOptions(mfaToken);
    const answers: string[] = [];
    for (let i = 0; i < 6; i++) answers.push((await passkeyStep(mfaToken, getAssertion(passkey, options, 'http://elsewhere.test'))).json().error.code);
    expect(answers).toEqual([...Array(5).fill('PASSKEY_INVALID'), 'MFA_THROTTLED']);
    const locked = await passkeyStep(mfaToken, getAssertion(passkey, options, ORIGIN));
    expect(locked.statusCode).toBe(429);
  });

  it('one signed answer sent 20 times at once opens one session', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const passkey = newSoftPasskey();
    expect((await addPasskey((await loginAs(t.app, member)).accessToken, passkey)).statusCode).toBe(201);
    const { mfaToken } = await passwordStep(member);
    const answer = getAssertion(passkey, await passkeyOptions(mfaToken), ORIGIN);
    const sessionsBefore = await t.app.deps.db.staffSession.count({ where: { staffId: member.id } });
    burst += 1;

    const responses = await Promise.all(Array.from({ length: 20 }, () => post('/api/auth/mfa/passkey', { mfaToken, response: answer })));
    const bodies = await Promise.all(responses.map(async (r) => ({ status: r.status, body: await r.json() })));
    expect(bodies.filter((b) => b.status === 200)).toHaveLength(1);
    for (const b of bodies.filter((x) => x.status !== 200)) {
      // Lost the race for the challenge (401), or for the counter (400); never a 500.
      expect(['MFA_CHALLENGE_INVALID', 'PASSKEY_INVALID', 'MFA_THROTTLED']).toContain(b.body.error.code);
    }
    expect(await t.app.deps.db.staffSession.count({ where: { staffId: member.id } })).toBe(sessionsBefore + 1);
  });

  it('one registration answer sent 10 times at once adds one passkey', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const { accessToken } = await loginAs(t.app, member);
    const start = await t.app.inject({ method: 'POST', url: '/api/auth/passkeys/options', headers: bearer(accessToken) });
    const response = createCredential(newSoftPasskey(), start.json().options, ORIGIN);
    burst += 1;
    const responses = await Promise.all(Array.from({ length: 10 }, () => post('/api/auth/passkeys', { name: 'Laptop', response }, accessToken)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 201).every((s) => s === 400 || s === 409)).toBe(true);
    expect(await t.app.deps.db.staffPasskey.count({ where: { staffId: member.id } })).toBe(1);
    expect((await t.app.deps.db.staff.findUniqueOrThrow({ where: { id: member.id } })).passkeyCount).toBe(1);
    expect(await t.app.deps.db.mfaRecoveryCode.count({ where: { staffId: member.id } })).toBe(10);
    expect(await events(member.id, 'auth.passkey_add')).toHaveLength(1);
  });

  it('refuses a registration for another site, an unasked one, and the same device twice', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const { accessToken } = await loginAs(t.app, member);
    const passkey = newSoftPasskey();
    const start = await t.app.inject({ method: 'POST', url: '/api/auth/passkeys/options', headers: bearer(accessToken) });
    const { options } = start.json();
    const wrongSite = await t.app.inject({
      method: 'POST', url: '/api/auth/passkeys', headers: bearer(accessToken),
      payload: { name: 'Laptop', response: createCredential(passkey, options, 'http://evil.test', { rpId: 'evil.test' }) },
    });
    expect(wrongSite.statusCode).toBe(400);
    expect(wrongSite.json().error.code).toBe('PASSKEY_INVALID');
    expect((await addPasskey(accessToken, passkey)).statusCode).toBe(201);
    // Nothing asked for: the challenge was used up.
    const unasked = await t.app.inject({
      method: 'POST', url: '/api/auth/passkeys', headers: bearer(accessToken),
      payload: { name: 'Laptop', response: createCredential(newSoftPasskey(), options, ORIGIN) },
    });
    expect(unasked.json().error.code).toBe('PASSKEY_INVALID');
    const twice = await addPasskey(accessToken, passkey);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('PASSKEY_ALREADY_ADDED');
    // Hostile shapes are 400s, not 500s.
    for (const response of [{}, { id: 'x', rawId: 'x', type: 'public-key', response: { clientDataJSON: '!!', attestationObject: 'AA' }, clientExtensionResults: {} }]) {
      const bad = await t.app.inject({ method: 'POST', url: '/api/auth/passkeys', headers: bearer(accessToken), payload: { name: 'x', response } });
      expect(bad.statusCode).toBe(400);
    }
    const garbage = await t.app.inject({
      method: 'POST', url: '/api/auth/passkeys', headers: bearer(accessToken),
      payload: { name: 'x', response: { id: 'AAAA', rawId: 'AAAA', type: 'public-key', response: { clientDataJSON: 'AAAA', attestationObject: 'AAAA' }, clientExtensionResults: {} } },
    });
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.code).toBe('PASSKEY_INVALID');
    expect(await t.app.deps.db.staffPasskey.count({ where: { staffId: member.id } })).toBe(1);
  });

  it('while two-step sign-in is required, removing the last two passkeys at once leaves one', async () => {
    const admin = await createStaffMember(t.app, 'admin');
    const adminToken = (await loginAs(t.app, admin)).accessToken;
    expect((await addPasskey(adminToken, newSoftPasskey())).statusCode).toBe(201);
    const member = await createStaffMember(t.app, 'staff');
    const token = (await loginAs(t.app, member)).accessToken;
    const ids: string[] = [];
    for (const name of ['One', 'Two']) ids.push((await addPasskey(token, newSoftPasskey(), name)).json().id);
    const required = await t.app.inject({ method: 'PUT', url: '/api/staff/security-settings', headers: bearer(adminToken), payload: { mfaRequired: true } });
    expect(required.statusCode).toBe(200);
    try {
      const removals = await Promise.all(ids.map((id) => fetch(`${base}/api/auth/passkeys/${id}`, { method: 'DELETE', headers: bearer(token) })));
      expect(removals.map((r) => r.status).sort()).toEqual([204, 403]);
      expect(await t.app.deps.db.staffPasskey.count({ where: { staffId: member.id } })).toBe(1);
      const staff = await t.app.deps.db.staff.findUniqueOrThrow({ where: { id: member.id } });
      expect(staff.passkeyCount).toBe(1);
      expect(await events(member.id, 'auth.passkey_remove')).toHaveLength(1);
    } finally {
      await t.app.inject({ method: 'PUT', url: '/api/staff/security-settings', headers: bearer(adminToken), payload: { mfaRequired: false } });
    }
  });

  it('a new account enrols with a passkey when two-step sign-in is required, and can remove it later when it is not', async () => {
    const admin = await createStaffMember(t.app, 'admin');
    const adminToken = (await loginAs(t.app, admin)).accessToken;
    expect((await addPasskey(adminToken, newSoftPasskey())).statusCode).toBe(201);
    expect((await t.app.inject({ method: 'PUT', url: '/api/staff/security-settings', headers: bearer(adminToken), payload: { mfaRequired: true } })).statusCode).toBe(200);
    let passkeyId: string;
    let token: string;
    const member = await createStaffMember(t.app, 'staff');
    try {
      const first = await loginAs(t.app, member);
      token = first.accessToken;
      expect(first.response.json().mfaEnrolmentRequired).toBe(true);
      const blocked = await t.app.inject({ method: 'GET', url: '/api/holders', headers: bearer(token) });
      expect(blocked.json().error.code).toBe('MFA_ENROLMENT_REQUIRED');
      const added = await addPasskey(token, newSoftPasskey());
      expect(added.statusCode).toBe(201);
      passkeyId = added.json().id;
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(token) });
      expect(me.json()).toMatchObject({ mfaEnrolmentRequired: false, user: { mfaEnabled: true, passkeys: 1 } });
      expect((await t.app.inject({ method: 'GET', url: '/api/holders', headers: bearer(token) })).statusCode).toBe(200);
      // Removing the only one is refused while it is required.
      const refused = await t.app.inject({ method: 'DELETE', url: `/api/auth/passkeys/${passkeyId}`, headers: bearer(token) });
      expect(refused.statusCode).toBe(403);
    } finally {
      await t.app.inject({ method: 'PUT', url: '/api/staff/security-settings', headers: bearer(adminToken), payload: { mfaRequired: false } });
    }
    // A password alone no longer signs in: the passkey is asked for.
    expect((await passwordStep(member)).methods).toEqual(['passkey', 'recovery_code']);
    const removed = await t.app.inject({ method: 'DELETE', url: `/api/auth/passkeys/${passkeyId!}`, headers: bearer(token!) });
    expect(removed.statusCode).toBe(204);
    // No second factor left: the recovery codes went with it, and a password signs in again.
    expect(await t.app.deps.db.mfaRecoveryCode.count({ where: { staffId: member.id } })).toBe(0);
    expect((await loginAs(t.app, member)).accessToken).toBeTruthy();
    // Someone else's passkey id is not found, not removed.
    const other = await t.app.deps.db.staffPasskey.findFirstOrThrow({ where: { staffId: admin.id } });
    const foreign = await t.app.inject({ method: 'DELETE', url: `/api/auth/passkeys/${other.id}`, headers: bearer(token!) });
    expect(foreign.statusCode).toBe(404);
    expect(await t.app.deps.db.staffPasskey.count({ where: { id: other.id } })).toBe(1);
  });

  it('an admin reset removes passkeys too', async () => {
    const admin = await createStaffMember(t.app, 'admin');
    const adminToken = (await loginAs(t.app, admin)).accessToken;
    const member = await createStaffMember(t.app, 'staff');
    expect((await addPasskey((await loginAs(t.app, member)).accessToken, newSoftPasskey())).statusCode).toBe(201);
    const reset = await t.app.inject({
      method: 'POST', url: `/api/staff/${member.id}/mfa/reset`, headers: bearer(adminToken), payload: { confirmEmail: member.email },
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().user).toMatchObject({ mfaEnabled: false, passkeys: 0 });
    expect(await t.app.deps.db.staffPasskey.count({ where: { staffId: member.id } })).toBe(0);
    expect(JSON.parse((await events(member.id, 'staff.mfa_reset')).at(-1)!.details)).toMatchObject({ passkeysRemoved: 1 });
    expect((await loginAs(t.app, member)).accessToken).toBeTruthy();
  });
});

describe('passkeys when PUBLIC_URL is an IP address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite', { PUBLIC_URL: 'http://192.0.2.10:3000' });
  });
  afterAll(async () => t.close());

  it('says they are unavailable and refuses to start one, with a stable code', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const { accessToken } = await loginAs(t.app, member);
    const list = await t.app.inject({ method: 'GET', url: '/api/auth/passkeys', headers: bearer(accessToken) });
    expect(list.json()).toEqual({ available: false, items: [] });
    const start = await t.app.inject({ method: 'POST', url: '/api/auth/passkeys/options', headers: bearer(accessToken) });
    expect(start.statusCode).toBe(409);
    expect(start.json().error.code).toBe('PASSKEYS_UNAVAILABLE');
  });
});
