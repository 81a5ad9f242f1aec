import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { bearer, createStaffMember, loginAs, refreshCookieOf, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';
import { mfaThrottleKey } from '../../api/src/auth/mfa-attempts.ts';
import { totpCodeAt } from '../../api/src/auth/totp.ts';

type Member = { id: string; email: string; password: string };
type Enrolled = Member & { secret: string; recoveryCodes: string[] };

/** Sets up an authenticator app for a member through the API, as the enrolment page does; the clock then moves to the next time step. */
async function enrol(t: TestApp, member: Member): Promise<Enrolled> {
  const { accessToken } = await loginAs(t.app, member);
  const setup = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/totp/setup', headers: bearer(accessToken) });
  expect(setup.statusCode).toBe(200);
  const { secret, uri } = setup.json() as { secret: string; uri: string };
  expect(uri).toMatch(/^otpauth:\/\/totp\//);
  expect(uri).toContain(`secret=${secret}`);
  const confirm = await t.app.inject({
    method: 'POST', url: '/api/auth/mfa/totp/confirm', headers: bearer(accessToken), payload: { code: totpCodeAt(secret, t.clock.now) },
  });
  expect(confirm.statusCode).toBe(200);
  const { recoveryCodes } = confirm.json() as { recoveryCodes: string[] };
  t.clock.advance(30_000);
  return { ...member, secret, recoveryCodes };
}

async function passwordStep(app: FastifyInstance, who: Member): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: who.email, password: who.password } });
  expect(response.statusCode).toBe(200);
  const body = response.json();
  expect(body).toMatchObject({ mfaRequired: true, expiresIn: 300 });
  expect(body.accessToken).toBeUndefined();
  expect(refreshCookieOf(response)).toBeUndefined();
  return body.mfaToken as string;
}

const codeStep = (app: FastifyInstance, mfaToken: string, code: string) =>
  app.inject({ method: 'POST', url: '/api/auth/mfa/verify', payload: { mfaToken, code } });

const auditOf = async (t: TestApp, staffId: string, action: string) =>
  t.app.deps.db.auditEvent.findMany({ where: { entityId: staffId, action }, orderBy: { seq: 'asc' } });

describe.each(testEngines())('two-step sign-in with an authenticator app on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  it('enrols with one code, gives ten recovery codes, then signs in with password and code', async () => {
    const member = await enrol(t, await createStaffMember(t.app, 'staff'));
    expect(member.recoveryCodes).toHaveLength(10);
    expect(new Set(member.recoveryCodes).size).toBe(10);
    for (const code of member.recoveryCodes) expect(code).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);

    const stored = await t.app.deps.db.staff.findUniqueOrThrow({ where: { id: member.id } });
    // The secret is kept encrypted, the recovery codes only as hashes.
    expect(stored.totpSecret).toMatch(/^v1:/);
    expect(stored.totpSecret).not.toContain(member.secret);
    expect(stored.totpPending).toBeNull();
    const hashes = await t.app.deps.db.mfaRecoveryCode.findMany({ where: { staffId: member.id } });
    expect(hashes).toHaveLength(10);
    for (const code of member.recoveryCodes) expect(JSON.stringify(hashes)).not.toContain(code);
    expect(await auditOf(t, member.id, 'auth.mfa_enrol')).toHaveLength(1);

    const mfaToken = await passwordStep(t.app, member);
    const shown = totpCodeAt(member.secret, t.clock.now);
    // Typed as the app shows it, with a space in the middle.
    const signedIn = await codeStep(t.app, mfaToken, `${shown.slice(0, 3)} ${shown.slice(3)}`);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().user).toMatchObject({ id: member.id, mfaEnabled: true });
    expect(refreshCookieOf(signedIn)).toBeDefined();
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(signedIn.json().accessToken) });
    expect(me.statusCode).toBe(200);
    const logins = await auditOf(t, member.id, 'auth.login');
    expect(JSON.parse(logins.at(-1)!.details)).toMatchObject({ secondFactor: 'totp' });

    // The challenge is used up.
    t.clock.advance(30_000);
    const again = await codeStep(t.app, mfaToken, totpCodeAt(member.secret, t.clock.now));
    expect(again.statusCode).toBe(401);
    expect(again.json().error.code).toBe('MFA_CHALLENGE_INVALID');
  });

  it('counts a wrong code, and a challenge is refused after five minutes', async () => {
    const member = await enrol(t, await createStaffMember(t.app, 'staff'));
    const mfaToken = await passwordStep(t.app, member);
    const wrong = await codeStep(t.app, mfaToken, '000000');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('MFA_CODE_INVALID');
    expect((await t.app.deps.db.loginThrottle.findUnique({ where: { key: mfaThrottleKey(member.id) } }))?.failures).toBe(1);
    expect(await auditOf(t, member.id, 'auth.mfa_failed')).toHaveLength(1);

    // A right code clears the count.
    const right = await codeStep(t.app, mfaToken, totpCodeAt(member.secret, t.clock.now));
    expect(right.statusCode).toBe(200);
    expect(await t.app.deps.db.loginThrottle.findUnique({ where: { key: mfaThrottleKey(member.id) } })).toBeNull();

    t.clock.advance(30_000);
    const stale = await passwordStep(t.app, member);
    t.clock.advance(5 * 60_000 + 1_000);
    const late = await codeStep(t.app, stale, totpCodeAt(member.secret, t.clock.now));
    expect(late.json().error.code).toBe('MFA_CHALLENGE_INVALID');
  });

  it('five wrong codes lock the second step, whichever challenge they come with', async () => {
    const member = await enrol(t, await createStaffMember(t.app, 'staff'));
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const mfaToken = await passwordStep(t.app, member);
      codes.push((await codeStep(t.app, mfaToken, '123456')).json().error.code);
    }
    expect(codes).toEqual([...Array(5).fill('MFA_CODE_INVALID'), 'MFA_THROTTLED']);
    const mfaToken = await passwordStep(t.app, member);
    const locked = await codeStep(t.app, mfaToken, totpCodeAt(member.secret, t.clock.now));
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a code that was already used, even with a fresh challenge', async () => {
    const member = await enrol(t, await createStaffMember(t.app, 'staff'));
    const code = totpCodeAt(member.secret, t.clock.now);
    expect((await codeStep(t.app, await passwordStep(t.app, member), code)).statusCode).toBe(200);
    const replay = await codeStep(t.app, await passwordStep(t.app, member), code);
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error.code).toBe('MFA_CODE_INVALID');
    // The code of the step before the one used (still inside the drift window) is refused too.
    t.clock.advance(30_000);
    const older = await codeStep(t.app, await passwordStep(t.app, member), code);
    expect(older.json().error.code).toBe('MFA_CODE_INVALID');
    expect((await codeStep(t.app, await passwordStep(t.app, member), totpCodeAt(member.secret, t.clock.now))).statusCode).toBe(200);
  });

  it('a recovery code signs in once, is audited, and is refused the second time', async () => {
    const member = await enrol(t, await createStaffMember(t.app, 'staff'));
    const recovery = member.recoveryCodes[3]!;
    const first = await codeStep(t.app, await passwordStep(t.app, member), ` ${recovery.toUpperCase()} `);
    expect(first.statusCode).toBe(200);
    const used = await auditOf(t, member.id, 'auth.mfa_recovery_code_used');
    expect(used).toHaveLength(1);
    expect(JSON.parse(used[0]!.details)).toEqual({ recoveryCodesLeft: 9 });
    const second = await codeStep(t.app, await passwordStep(t.app, member), recovery);
    expect(second.statusCode).toBe(400);
    expect(second.json().error.code).toBe('MFA_CODE_INVALID');
    // Another member's recovery code is no good either.
    const other = await enrol(t, await createStaffMember(t.app, 'staff'));
    expect((await codeStep(t.app, await passwordStep(t.app, member), other.recoveryCodes[0]!)).statusCode).toBe(400);
  });

  it('confirming enrolment needs a right code, and a second enrolment is refused', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const { accessToken } = await loginAs(t.app, member);
    const setup = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/totp/setup', headers: bearer(accessToken) });
    const { secret } = setup.json();
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/totp/confirm', headers: bearer(accessToken), payload: { code: '000000' } });
    expect(wrong.json().error.code).toBe('MFA_CODE_INVALID');
    const bad = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/totp/confirm', headers: bearer(accessToken), payload: { code: 'abc' } });
    expect(bad.statusCode).toBe(400);
    expect((await t.app.deps.db.staff.findUniqueOrThrow({ where: { id: member.id } })).totpEnabledAt).toBeNull();
    const right = await t.app.inject({
      method: 'POST', url: '/api/auth/mfa/totp/confirm', headers: bearer(accessToken), payload: { code: totpCodeAt(secret, t.clock.now) },
    });
    expect(right.statusCode).toBe(200);
    const twice = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/totp/setup', headers: bearer(accessToken) });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('MFA_ALREADY_ENROLLED');
  });

  it('logs no codes, secrets or challenge tokens', async () => {
    const member = await enrol(t, await createStaffMember(t.app, 'staff'));
    const mfaToken = await passwordStep(t.app, member);
    await codeStep(t.app, mfaToken, '999999');
    const code = totpCodeAt(member.secret, t.clock.now);
    await codeStep(t.app, mfaToken, code);
    const logs = t.logs.join('');
    expect(logs).toContain('"url":"/api/auth/mfa/verify"');
    for (const secret of [member.secret, mfaToken, ...member.recoveryCodes]) expect(logs).not.toContain(secret);
    // Six digits turn up inside timestamps and durations, so only a code on its own counts.
    for (const digits of [code, '999999']) expect(logs).not.toMatch(new RegExp(`(?<![\\d.])${digits}(?!\\d)`));
  });
});

/**
 * Bursts of codes sent at once over real HTTP: each try must be reserved
 * before its code is checked, or many more than the limit get checked while
 * the first ones run. Each comes from its own address (the route also limits
 * an address to 30 a minute).
 */
describe.each(testEngines())('second-step codes under a parallel burst on %s', (engine) => {
  it('30 parallel codes, the right one in the middle: at most 5 are checked and the right one, past the limit, does not sign in', async () => {
    const t = await startTestApp(engine, { TRUST_PROXY: 'true' });
    try {
      const member = await enrol(t, await createStaffMember(t.app, 'staff'));
      const mfaToken = await passwordStep(t.app, member);
      const base = await t.app.listen({ host: '127.0.0.1', port: 0 });
      const right = totpCodeAt(member.secret, t.clock.now);
      const send = (code: string, n: number) =>
        fetch(`${base}/api/auth/mfa/verify`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${n}` },
          body: JSON.stringify({ mfaToken, code }),
        }).then(async (r) => ({ status: r.status, code: ((await r.json()) as { error?: { code: string } }).error?.code ?? 'SIGNED_IN' }));
      const wrong = (i: number) => String((100_000 + i * 7_919) % 1_000_000).padStart(6, '0');
      const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => send(i === 15 ? right : wrong(i) === right ? '000001' : wrong(i), i + 1)));
      const checked = answers.filter((a) => a.status === 400);
      const throttled = answers.filter((a) => a.status === 429);
      for (const a of checked) expect(a.code).toBe('MFA_CODE_INVALID');
      for (const a of throttled) expect(a.code).toBe('MFA_THROTTLED');
      expect({ signedIn: answers.filter((a) => a.status === 200).length, checked: checked.length, throttled: throttled.length })
        .toEqual({ signedIn: 0, checked: 5, throttled: 25 });
      expect(answers[15]!.status).toBe(429);
      expect((await t.app.deps.db.loginThrottle.findUnique({ where: { key: mfaThrottleKey(member.id) } }))?.failures).toBe(5);
      expect(await t.app.deps.db.staffSession.count({ where: { staffId: member.id, createdAt: { gt: new Date(t.clock.now.getTime() - 1_000) } } })).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('the same right code sent 10 times at once signs in once', async () => {
    const t = await startTestApp(engine, { TRUST_PROXY: 'true' });
    try {
      const member = await enrol(t, await createStaffMember(t.app, 'staff'));
      const tokens: string[] = [];
      // One after another: parallel passwords would meet the password throttle first.
      for (let i = 0; i < 10; i++) tokens.push(await passwordStep(t.app, member));
      const base = await t.app.listen({ host: '127.0.0.1', port: 0 });
      const code = totpCodeAt(member.secret, t.clock.now);
      const answers = await Promise.all(tokens.map((mfaToken, i) =>
        fetch(`${base}/api/auth/mfa/verify`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i + 1}` },
          body: JSON.stringify({ mfaToken, code }),
        }).then((r) => r.status)));
      expect(answers.filter((s) => s === 200)).toHaveLength(1);
      // The others are the replay refused (400) or, once five tries are counted, throttled (429).
      expect(answers.filter((s) => s !== 400 && s !== 429)).toHaveLength(1);
      expect(await t.app.deps.db.staffSession.count({ where: { staffId: member.id, endedAt: null } })).toBe(2);
    } finally {
      await t.close();
    }
  });
});

describe.each(testEngines())('require two-step sign-in, resets and sessions on %s', (engine) => {
  let t: TestApp;
  let admin: Enrolled;
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await enrol(t, await createStaffMember(t.app, 'admin'));
    adminToken = await signInWithCode(admin);
  });
  afterAll(async () => t.close());

  async function signInWithCode(who: Enrolled): Promise<string> {
    const response = await codeStep(t.app, await passwordStep(t.app, who), totpCodeAt(who.secret, t.clock.now));
    expect(response.statusCode).toBe(200);
    t.clock.advance(30_000);
    return response.json().accessToken as string;
  }

  const setRequired = (token: string, mfaRequired: boolean) =>
    t.app.inject({ method: 'PUT', url: '/api/staff/security-settings', headers: bearer(token), payload: { mfaRequired } });

  it('when required, an account without it gets a session that can only enrol; enrolling opens the rest', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const before = await loginAs(t.app, member);
    expect(before.response.json().mfaEnrolmentRequired).toBe(false);

    // An admin without it may not turn it on (they would lock themselves into enrolment).
    const other = await createStaffMember(t.app, 'admin');
    const refused = await setRequired((await loginAs(t.app, other)).accessToken, true);
    expect(refused.json().error.code).toBe('MFA_NOT_ENROLLED');

    const on = await setRequired(adminToken, true);
    expect(on.statusCode).toBe(200);
    const events = await t.app.deps.db.auditEvent.findMany({ where: { action: 'settings.mfa_required' } });
    expect(events.map((e) => JSON.parse(e.details))).toEqual([{ mfaRequired: true }]);

    // An existing session is held to it at its next request.
    const blocked = await t.app.inject({ method: 'GET', url: '/api/holders', headers: bearer(before.accessToken) });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('MFA_ENROLMENT_REQUIRED');

    const session = await loginAs(t.app, member);
    expect(session.response.json().mfaEnrolmentRequired).toBe(true);
    const headers = bearer(session.accessToken);
    for (const [method, url] of [['GET', '/api/holders'], ['GET', '/api/cards'], ['GET', '/api/partners']] as const) {
      const response = await t.app.inject({ method, url, headers });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('MFA_ENROLMENT_REQUIRED');
    }
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(me.json()).toMatchObject({ mfaEnrolmentRequired: true, user: { mfaEnabled: false } });
    // The refresh answer says so too, so a reloaded page goes back to enrolment.
    const refreshed = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { cookie: `yc_refresh=${session.refreshCookie}` } });
    expect(refreshed.json().mfaEnrolmentRequired).toBe(true);

    const { secret } = (await t.app.inject({ method: 'POST', url: '/api/auth/mfa/totp/setup', headers })).json();
    const confirmed = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/totp/confirm', headers, payload: { code: totpCodeAt(secret, t.clock.now) } });
    expect(confirmed.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/holders', headers })).statusCode).toBe(200);

    // Admins with it are not held up; the setting goes off again for the other tests.
    expect((await setRequired(adminToken, false)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/holders', headers: bearer(before.accessToken) })).statusCode).toBe(200);
  });

  it('a new account sets it up at its first sign-in when required', async () => {
    expect((await setRequired(adminToken, true)).statusCode).toBe(200);
    try {
      const fresh = await createStaffMember(t.app, 'staff');
      const first = await loginAs(t.app, fresh);
      expect(first.response.json()).toMatchObject({ mfaEnrolmentRequired: true, user: { mfaEnabled: false } });
      expect((await t.app.inject({ method: 'GET', url: '/api/cards', headers: bearer(first.accessToken) })).json().error.code).toBe('MFA_ENROLMENT_REQUIRED');
      // Turning it off for oneself is refused while it is required.
      const enrolled = await enrol(t, fresh);
      const token = await signInWithCode(enrolled);
      const off = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/disable', headers: bearer(token), payload: { code: totpCodeAt(enrolled.secret, t.clock.now) } });
      expect(off.statusCode).toBe(403);
    } finally {
      await setRequired(adminToken, false);
    }
  });

  it('an admin resets someone’s two-step sign-in: typed confirmation, audited, their sessions end', async () => {
    const member = await enrol(t, await createStaffMember(t.app, 'staff'));
    const memberToken = await signInWithCode(member);
    const reset = (confirmEmail: string, token = adminToken) =>
      t.app.inject({ method: 'POST', url: `/api/staff/${member.id}/mfa/reset`, headers: bearer(token), payload: { confirmEmail } });

    const wrongEmail = await reset('someone.else@carers.test');
    expect(wrongEmail.statusCode).toBe(400);
    expect(wrongEmail.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'confirmEmail' });
    expect((await reset(member.email, memberToken)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/staff/${admin.id}/mfa/reset`, headers: bearer(adminToken), payload: { confirmEmail: admin.email } })).json().error.code)
      .toBe('CANNOT_CHANGE_SELF');

    const done = await reset(member.email.toUpperCase());
    expect(done.statusCode).toBe(200);
    expect(done.json().user).toMatchObject({ id: member.id, mfaEnabled: false });
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(memberToken) })).statusCode).toBe(401);
    const events = await auditOf(t, member.id, 'staff.mfa_reset');
    expect(events).toHaveLength(1);
    expect(events[0]!.actorId).toBe(admin.id);
    expect(JSON.parse(events[0]!.details)).toMatchObject({ endedSessions: 2, recoveryCodesRemoved: 10 }) // the enrolment session and the one after;
    expect(await t.app.deps.db.mfaRecoveryCode.count({ where: { staffId: member.id } })).toBe(0);
    // The password alone signs in again; old recovery codes are gone.
    const again = await loginAs(t.app, member);
    expect(again.response.json().user.mfaEnabled).toBe(false);
    expect((await reset(member.email)).json().error.code).toBe('MFA_NOT_ENROLLED');
  });

  it('lists one’s own sessions, ends one, and signs out everywhere (access and refresh of every session stop)', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const phone = await t.app.inject({
      method: 'POST', url: '/api/auth/login', headers: { 'user-agent': 'PhoneBrowser/1.0' }, payload: { email: member.email, password: member.password },
    });
    const laptop = await loginAs(t.app, member);
    const tablet = await loginAs(t.app, member);
    const listed = await t.app.inject({ method: 'GET', url: '/api/auth/sessions', headers: bearer(laptop.accessToken) });
    expect(listed.statusCode).toBe(200);
    const items = listed.json().items as { id: string; userAgent: string | null; current: boolean }[];
    expect(items).toHaveLength(3);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    expect(items.map((s) => s.userAgent)).toContain('PhoneBrowser/1.0');

    // Ending the phone's session from the laptop.
    const phoneId = items.find((s) => s.userAgent === 'PhoneBrowser/1.0')!.id;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${phoneId}`, headers: bearer(laptop.accessToken) })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(phone.json().accessToken) })).statusCode).toBe(401);
    // Someone else's session cannot be ended.
    const adminSessions = (await t.app.inject({ method: 'GET', url: '/api/auth/sessions', headers: bearer(adminToken) })).json().items;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/auth/sessions/${adminSessions[0].id}`, headers: bearer(laptop.accessToken) })).statusCode).toBe(404);

    const everywhere = await t.app.inject({ method: 'POST', url: '/api/auth/sessions/end-all', headers: bearer(laptop.accessToken) });
    expect(everywhere.statusCode).toBe(200);
    expect(everywhere.json()).toEqual({ endedSessions: 2 });
    for (const s of [laptop, tablet]) {
      expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(s.accessToken) })).statusCode).toBe(401);
      const refresh = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { cookie: `yc_refresh=${s.refreshCookie}` } });
      expect(refresh.statusCode).toBe(401);
    }
    expect(JSON.parse((await auditOf(t, member.id, 'auth.sign_out_everywhere'))[0]!.details)).toEqual({ endedSessions: 2 });
    expect(await auditOf(t, member.id, 'auth.session_end')).toHaveLength(1);
    // The admin's own session is untouched.
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(adminToken) })).statusCode).toBe(200);
  });

  it('turns off one’s own two-step sign-in with a current code, audited', async () => {
    const member = await enrol(t, await createStaffMember(t.app, 'staff'));
    const token = await signInWithCode(member);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/disable', headers: bearer(token), payload: { code: '000000' } });
    expect(wrong.json().error.code).toBe('MFA_CODE_INVALID');
    const off = await t.app.inject({ method: 'POST', url: '/api/auth/mfa/disable', headers: bearer(token), payload: { code: totpCodeAt(member.secret, t.clock.now) } });
    expect(off.statusCode).toBe(204);
    expect(await auditOf(t, member.id, 'auth.mfa_disable')).toHaveLength(1);
    expect((await loginAs(t.app, member)).response.json().user.mfaEnabled).toBe(false);
  });
});
