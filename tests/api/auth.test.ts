import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createStaffMember, loginAs, refreshCookieOf, startTestApp, STRONG_PASSWORD, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';
import { throttleKeys } from '../../api/src/auth/login-throttle.ts';

describe.each(testEngines())('staff sign-in and sessions on %s', (engine) => {
  let t: TestApp;
  let admin: { id: string; email: string; password: string };
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await createStaffMember(t.app, 'admin');
  });
  afterAll(async () => t.close());

  const post = (url: string, payload?: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers });

  it('signs in: access token, user, and an httpOnly SameSite=Strict refresh cookie', async () => {
    const response = await post('/api/auth/login', { email: admin.email.toUpperCase(), password: admin.password });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.expiresIn).toBe(900);
    expect(body.user).toMatchObject({ id: admin.id, email: admin.email, role: 'admin', status: 'active' });
    expect(body.user.passwordHash).toBeUndefined();
    const cookie = response.cookies.find((c) => c.name === 'yc_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
    const [header, payload] = body.accessToken.split('.').slice(0, 2).map((part: string) => JSON.parse(Buffer.from(part, 'base64url').toString()));
    expect(header).toEqual({ alg: 'HS256', typ: 'yc-staff+jwt' });
    expect(payload.exp - payload.iat).toBe(900);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(body.accessToken) });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(admin.id);
  });

  it('gives a wrong password and an unknown email the same 401', async () => {
    const wrong = await post('/api/auth/login', { email: admin.email, password: 'not the right password' });
    const unknown = await post('/api/auth/login', { email: 'nobody@carers.test', password: 'not the right password' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses requests without a token, with a forged one, and with one of another typ', async () => {
    const none = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe('NOT_AUTHENTICATED');
    const { accessToken } = await loginAs(t.app, admin);
    const [h, p] = accessToken.split('.');
    const forged = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(`${h}.${p}.AAAA`) });
    expect(forged.statusCode).toBe(401);
    // Same secret and claims but another typ (as a card token would carry): refused.
    const otherTyp = t.app.jwt.sign(
      { sub: admin.id, sid: 'x' },
      { header: { alg: 'HS256', typ: 'ycc' } },
    );
    const wrongTyp = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(otherTyp) });
    expect(wrongTyp.statusCode).toBe(401);
    const noneAlg = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'yc-staff+jwt' })).toString('base64url')}.${p}.`;
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(noneAlg) })).statusCode).toBe(401);
  });

  it('rotates the refresh cookie; reusing a rotated one ends the whole session', async () => {
    const first = await loginAs(t.app, admin);
    const refreshed = await post('/api/auth/refresh', undefined, { cookie: `yc_refresh=${first.refreshCookie}` });
    expect(refreshed.statusCode).toBe(200);
    const second = refreshCookieOf(refreshed);
    expect(second).toBeDefined();
    expect(second).not.toBe(first.refreshCookie);
    const newAccess = refreshed.json().accessToken as string;
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(newAccess) })).statusCode).toBe(200);

    // Within a few seconds (a second tab racing) the old cookie is only refused.
    const race = await post('/api/auth/refresh', undefined, { cookie: `yc_refresh=${first.refreshCookie}` });
    expect(race.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(newAccess) })).statusCode).toBe(200);

    // Later, the old cookie coming back means it was copied: the session ends for everyone holding it.
    t.clock.advance(60_000);
    const reuse = await post('/api/auth/refresh', undefined, { cookie: `yc_refresh=${first.refreshCookie}` });
    expect(reuse.statusCode).toBe(401);
    expect(reuse.json().error.code).toBe('INVALID_REFRESH_TOKEN');
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(newAccess) });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('SESSION_EXPIRED');
    expect((await post('/api/auth/refresh', undefined, { cookie: `yc_refresh=${second}` })).statusCode).toBe(401);
  });

  it('logout ends the session: the access token and refresh cookie stop working', async () => {
    const session = await loginAs(t.app, admin);
    const out = await post('/api/auth/logout', undefined, bearer(session.accessToken));
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(session.accessToken) })).statusCode).toBe(401);
    expect((await post('/api/auth/refresh', undefined, { cookie: `yc_refresh=${session.refreshCookie}` })).statusCode).toBe(401);
  });

  it('logs no passwords, emails, tokens or cookies', async () => {
    const session = await loginAs(t.app, admin);
    await post('/api/auth/login', { email: admin.email, password: 'a wrong password typed' });
    await post('/api/auth/refresh', undefined, { cookie: `yc_refresh=${session.refreshCookie}` });
    await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(session.accessToken) });
    const logs = t.logs.join('');
    expect(logs).toContain('"url":"/api/auth/login"');
    for (const secret of [admin.password, 'a wrong password typed', admin.email, session.accessToken, session.refreshCookie!]) {
      expect(logs).not.toContain(secret);
    }
  });

  it('refresh without a cookie is a 401, not a 5xx', async () => {
    const response = await post('/api/auth/refresh');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('INVALID_REFRESH_TOKEN');
  });

  it('throttles an account after repeated failures, whether or not it exists, then lets it in after the lock', async () => {
    const victim = await createStaffMember(t.app, 'staff');
    for (const email of [victim.email, 'ghost@carers.test']) {
      const codes: string[] = [];
      for (let i = 0; i < 6; i++) {
        codes.push((await post('/api/auth/login', { email, password: 'wrong password here' })).json().error.code);
      }
      expect(codes.slice(0, 5)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
      expect(codes[5]).toBe('LOGIN_THROTTLED');
    }
    const locked = await post('/api/auth/login', { email: victim.email, password: victim.password });
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    t.clock.advance(16 * 60_000);
    expect((await post('/api/auth/login', { email: victim.email, password: victim.password })).statusCode).toBe(200);
  });
});

describe.each(testEngines())('throttling per client address on %s', (engine) => {
  it('locks out an address that tries many accounts, without touching the accounts themselves', async () => {
    const t = await startTestApp(engine, { LOGIN_MAX_FAILURES_PER_CLIENT: '4' });
    try {
      const member = await createStaffMember(t.app, 'staff');
      const codes: string[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: `guess${i}@carers.test`, password: 'guessing a password' } });
        codes.push(response.json().error.code);
      }
      expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'LOGIN_THROTTLED']);
      const fromSameAddress = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: member.email, password: member.password } });
      expect(fromSameAddress.statusCode).toBe(429);
      const fromElsewhere = await t.app.inject({
        method: 'POST', url: '/api/auth/login', remoteAddress: '198.51.100.7', payload: { email: member.email, password: member.password },
      });
      expect(fromElsewhere.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('counts only failures against an address: its successful sign-ins give their attempt back', async () => {
    const t = await startTestApp(engine, { LOGIN_MAX_FAILURES_PER_CLIENT: '2' });
    try {
      const member = await createStaffMember(t.app, 'staff');
      const attempt = (password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: member.email, password } });
      for (let i = 0; i < 4; i++) expect((await attempt(member.password)).statusCode).toBe(200);
      expect((await attempt('not the password at all')).statusCode).toBe(401);
      expect((await attempt(member.password)).statusCode).toBe(200);
      expect((await attempt('not the password at all')).statusCode).toBe(401);
      expect((await attempt(member.password)).statusCode).toBe(429);
    } finally {
      await t.close();
    }
  });
});

/**
 * Bursts of sign-ins sent at once over real HTTP, so they overlap inside the
 * server: the throttle must reserve each attempt before its password check,
 * or many more than the limit get checked while the first ones are running.
 * The login route also limits each address to 30 requests a minute (real
 * time, not the test clock), so a burst from one address stays under that.
 */
describe.each(testEngines())('throttling under parallel sign-ins on %s', (engine) => {
  type Answer = { status: number; code: string; retryAfter: number | null };
  const WRONG = 'a wrong password in a burst';
  const LOCK_MS = 15 * 60_000;

  async function listening(t: TestApp): Promise<string> {
    return t.app.listen({ host: '127.0.0.1', port: 0 });
  }

  async function signIn(base: string, email: string, password: string, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email, password }),
    });
    const body = (await response.json()) as { error?: { code: string } };
    const retryAfter = response.headers.get('retry-after');
    return { status: response.status, code: body.error?.code ?? 'SIGNED_IN', retryAfter: retryAfter === null ? null : Number(retryAfter) };
  }

  /** Every answer is one of the documented ones: 200, 401 INVALID_CREDENTIALS, or 429 LOGIN_THROTTLED with a Retry-After. */
  function expectDocumented(answers: Answer[]) {
    for (const a of answers) {
      if (a.status === 200) expect(a.code).toBe('SIGNED_IN');
      else if (a.status === 401) expect(a.code).toBe('INVALID_CREDENTIALS');
      else {
        expect(a).toMatchObject({ status: 429, code: 'LOGIN_THROTTLED' });
        expect(a.retryAfter).toBeGreaterThan(0);
        expect(a.retryAfter).toBeLessThanOrEqual(LOCK_MS / 1000);
      }
    }
  }

  const tally = (answers: Answer[]) => ({
    signedIn: answers.filter((a) => a.status === 200).length,
    checked: answers.filter((a) => a.status === 401).length,
    throttled: answers.filter((a) => a.status === 429).length,
  });

  const failuresOf = async (t: TestApp, key: string) =>
    (await t.app.deps.db.loginThrottle.findUnique({ where: { key } }))?.failures ?? 0;

  it('40 parallel wrong passwords for one account from 40 addresses: at most 5 are checked, and the right one inside the burst does not sign in', async () => {
    const t = await startTestApp(engine, { TRUST_PROXY: 'true' });
    try {
      const victim = await createStaffMember(t.app, 'staff');
      const base = await listening(t);
      const from = (n: number) => ({ 'x-forwarded-for': `203.0.113.${n}` });
      const answers = await Promise.all(
        Array.from({ length: 40 }, (_, i) => signIn(base, victim.email, i === 19 ? victim.password : WRONG, from(i + 1))),
      );
      expectDocumented(answers);
      expect(tally(answers)).toEqual({ signedIn: 0, checked: 5, throttled: 35 });
      expect(answers[19]!.status).toBe(429);
      expect(await failuresOf(t, throttleKeys(victim.email, null).account)).toBe(5);

      expect((await signIn(base, victim.email, victim.password, from(100))).status).toBe(429);
      t.clock.advance(LOCK_MS + 60_000);
      expect((await signIn(base, victim.email, victim.password, from(100))).status).toBe(200);
      expect(await failuresOf(t, throttleKeys(victim.email, null).account)).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('25 parallel guesses at 25 accounts from one address: at most the per-address limit are checked', async () => {
    const t = await startTestApp(engine, { LOGIN_MAX_FAILURES_PER_CLIENT: '5' });
    try {
      const member = await createStaffMember(t.app, 'staff');
      const base = await listening(t);
      const emails = Array.from({ length: 25 }, (_, i) => (i === 12 ? member.email : `burst${i}@carers.test`));
      const answers = await Promise.all(emails.map((email, i) => signIn(base, email, i === 12 ? member.password : WRONG)));
      expectDocumented(answers);
      // Parallel requests arrive in any order. The right password is usually among the refused ones; when it lands
      // among the first five it signs in, and gives the address its reservation back (one more wrong one may use it).
      const counts = tally(answers);
      expect(counts.signedIn + counts.checked + counts.throttled).toBe(25);
      expect(counts.checked).toBeLessThanOrEqual(5);
      // Only the attempts that were checked count, against the address and against their accounts.
      expect(await failuresOf(t, throttleKeys('', '127.0.0.1').client)).toBe(counts.checked);
      const perAccount = await Promise.all(emails.map((email) => failuresOf(t, throttleKeys(email, null).account)));
      expect(perAccount.reduce((sum, n) => sum + n, 0)).toBe(counts.checked);
      if (answers[12]!.status === 200) {
        // It was one of the five checked: nothing more to see about the lock.
        expect(counts).toMatchObject({ signedIn: 1 });
        expect(counts.checked).toBeGreaterThanOrEqual(4);
        return;
      }
      expect(counts).toEqual({ signedIn: 0, checked: 5, throttled: 20 });
      expect(answers[12]!.status).toBe(429);
      expect(await failuresOf(t, throttleKeys(member.email, null).account)).toBe(0);

      const fromElsewhere = await t.app.inject({
        method: 'POST', url: '/api/auth/login', remoteAddress: '198.51.100.7', payload: { email: member.email, password: member.password },
      });
      expect(fromElsewhere.statusCode).toBe(200);
      expect((await signIn(base, member.email, member.password)).status).toBe(429);
      t.clock.advance(LOCK_MS + 60_000);
      expect((await signIn(base, member.email, member.password)).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('a mixed burst over fresh accounts and addresses answers only 200, 401 or 429, within every limit', async () => {
    const t = await startTestApp(engine, { TRUST_PROXY: 'true', LOGIN_MAX_FAILURES_PER_CLIENT: '8' });
    try {
      const members = await Promise.all([createStaffMember(t.app, 'staff'), createStaffMember(t.app, 'admin')]);
      const base = await listening(t);
      const addresses = ['203.0.113.1', '203.0.113.2', '203.0.113.3'];
      const emails = [...members.map((m) => m.email), 'nobody.here@carers.test', 'ghost.two@carers.test'];
      // Nothing is stored yet, so the first attempts for every key race to create its row.
      const sent = Array.from({ length: 60 }, (_, i) => ({
        email: emails[i % emails.length]!,
        address: addresses[i % addresses.length]!,
        password: i % 5 === 4 && i % emails.length < members.length ? members[i % emails.length]!.password : WRONG,
      }));
      const answers = await Promise.all(sent.map((s) => signIn(base, s.email, s.password, { 'x-forwarded-for': s.address })));
      expectDocumented(answers);
      // A sign-in resets its account's count, so the per-account bound is checked on the unknown emails.
      for (const email of emails.slice(members.length)) {
        const checked = answers.filter((a, i) => sent[i]!.email === email && a.status === 401).length;
        expect(checked).toBeLessThanOrEqual(5);
      }
      for (const address of addresses) {
        const checked = answers.filter((a, i) => sent[i]!.address === address && a.status === 401).length;
        expect(checked).toBeLessThanOrEqual(8);
      }
      const rows = await t.app.deps.db.loginThrottle.findMany();
      for (const row of rows) expect(row.failures).toBeLessThanOrEqual(row.key.startsWith('account:') ? 5 : 8);
    } finally {
      await t.close();
    }
  });
});

describe.each(testEngines())('first admin and one-time links on %s', (engine) => {
  it('creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD once', async () => {
    const t = await startTestApp(engine, { ADMIN_EMAIL: 'Boss@Carers.test', ADMIN_PASSWORD: STRONG_PASSWORD });
    try {
      const { ensureFirstAdmin } = await import('../../api/src/auth/ensure-first-admin.ts');
      expect(await ensureFirstAdmin(t.app.deps, { firstAdmin: t.config.firstAdmin })).toEqual({ kind: 'created-from-env', email: 'boss@carers.test' });
      expect(await ensureFirstAdmin(t.app.deps, { firstAdmin: t.config.firstAdmin })).toEqual({ kind: 'staff-exist' });
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'boss@carers.test', password: STRONG_PASSWORD } });
      expect(login.statusCode).toBe(200);
      expect(login.json().user.role).toBe('admin');
    } finally {
      await t.close();
    }
  });

  it('without them, a one-time setup link creates the first admin, and only once', async () => {
    const t = await startTestApp(engine);
    try {
      const { ensureFirstAdmin } = await import('../../api/src/auth/ensure-first-admin.ts');
      const outcome = await ensureFirstAdmin(t.app.deps, { firstAdmin: undefined });
      if (outcome.kind !== 'setup-link') throw new Error(`expected a setup link, got ${outcome.kind}`);
      expect(outcome.url).toMatch(/^http:\/\/cards\.test\/setup#[\w-]{40,}$/);
      const token = new URL(outcome.url).hash.slice(1);
      expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: true });

      const body = { token, email: 'first@carers.test', name: 'First Admin', password: STRONG_PASSWORD };
      const bad = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { ...body, token: 'x'.repeat(43) } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('INVALID_LINK');
      const weak = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { ...body, password: 'password1234' } });
      expect(weak.statusCode).toBe(400);
      expect(weak.json().error.code).toBe('WEAK_PASSWORD');

      const ok = await t.app.inject({ method: 'POST', url: '/api/setup', payload: body });
      expect(ok.statusCode).toBe(201);
      expect(ok.json().user).toMatchObject({ email: 'first@carers.test', role: 'admin', status: 'active' });
      expect((await t.app.inject({ method: 'GET', url: '/api/setup' })).json()).toEqual({ needed: false });
      const again = await t.app.inject({ method: 'POST', url: '/api/setup', payload: { ...body, email: 'second@carers.test' } });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('SETUP_NOT_AVAILABLE');
    } finally {
      await t.close();
    }
  });

  it('a set-password link works once, refuses weak passwords without using itself up, and expires', async () => {
    const t = await startTestApp(engine);
    try {
      const admin = await createStaffMember(t.app, 'admin');
      const { accessToken } = await loginAs(t.app, admin);
      const created = await t.app.inject({
        method: 'POST', url: '/api/staff', headers: bearer(accessToken),
        payload: { email: 'new.person@carers.test', name: 'New Person', role: 'staff' },
      });
      expect(created.statusCode).toBe(201);
      const token = new URL(created.json().passwordLink.url).hash.slice(1);
      const set = (password: string) => t.app.inject({ method: 'POST', url: '/api/auth/set-password', payload: { token, password } });
      const short = await set('short');
      expect(short.statusCode).toBe(400);
      expect(short.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'password' });
      const common = await set('iloveyou1234');
      expect(common.statusCode).toBe(400);
      expect(common.json().error.code).toBe('WEAK_PASSWORD');
      expect((await set('a calm green kettle sings')).statusCode).toBe(204);
      const reused = await set('another calm green kettle');
      expect(reused.statusCode).toBe(400);
      expect(reused.json().error.code).toBe('INVALID_LINK');
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'new.person@carers.test', password: 'a calm green kettle sings' } });
      expect(login.statusCode).toBe(200);

      const link = await t.app.inject({ method: 'POST', url: `/api/staff/${created.json().user.id}/password-link`, headers: bearer(accessToken) });
      expect(link.statusCode).toBe(200);
      t.clock.advance(73 * 3_600_000);
      const expired = await t.app.inject({
        method: 'POST', url: '/api/auth/set-password',
        payload: { token: new URL(link.json().url).hash.slice(1), password: 'a calm green kettle hums' },
      });
      expect(expired.statusCode).toBe(400);
      expect(expired.json().error.code).toBe('INVALID_LINK');
    } finally {
      await t.close();
    }
  });
});
