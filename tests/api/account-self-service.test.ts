import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createStaffMember, loginAs, startTestApp, STRONG_PASSWORD, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

describe.each(testEngines())('staff account self-service on %s: change own password, set-password links checked on opening', (engine) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp(engine, { LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', LOGIN_MAX_FAILURES_PER_CLIENT: '1000' });
    admin = (await loginAs(t.app, await createStaffMember(t.app, 'admin'))).accessToken;
  });
  afterAll(async () => t?.close());

  const change = (token: string, currentPassword: string, newPassword: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/password', headers: bearer(token), payload: { currentPassword, newPassword } });
  const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(token) });
  const refresh = (cookie: string | undefined) => t.app.inject({ method: 'POST', url: '/api/auth/refresh', cookies: { yc_refresh: cookie ?? '' } });

  it('changes the password with the current one: this session stays, every other session ends, the old password stops; audited', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const here = await loginAs(t.app, member);
    const phone = await loginAs(t.app, member);
    const changed = await change(here.accessToken, member.password, 'a brand new lighthouse keeper');
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toEqual({ endedSessions: 1 });
    expect((await me(here.accessToken)).statusCode).toBe(200);
    expect((await me(phone.accessToken)).json().error.code).toBe('SESSION_EXPIRED');
    expect((await refresh(phone.refreshCookie)).statusCode).toBe(401);
    const old = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: member.email, password: member.password } });
    expect(old.json().error.code).toBe('INVALID_CREDENTIALS');
    expect((await loginAs(t.app, { email: member.email, password: 'a brand new lighthouse keeper' })).accessToken).toBeTruthy();
    const events = await t.app.db.auditEvent.findMany({ where: { action: 'staff.password_change', entityId: member.id } });
    expect(events.map((e) => JSON.parse(e.details))).toEqual([{ endedSessions: 1 }]);
  });

  it('refuses a wrong current password (stable code, field), a weak new one, and throttles guesses like sign-in', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const { accessToken } = await loginAs(t.app, member);
    const wrong = await change(accessToken, 'not my password', 'a brand new lighthouse keeper');
    expect({ status: wrong.statusCode, ...wrong.json().error }).toMatchObject({ status: 400, code: 'CURRENT_PASSWORD_WRONG', field: 'currentPassword' });
    const weak = await change(accessToken, member.password, 'password1234');
    expect({ status: weak.statusCode, code: weak.json().error.code }).toEqual({ status: 400, code: 'WEAK_PASSWORD' });
    expect((await change(accessToken, member.password, 'short')).json().error.code).toBe('VALIDATION_FAILED');
    // The sign-in throttle's account limit (5) counts these guesses too.
    const answers: string[] = [];
    for (let i = 0; i < 6; i++) answers.push((await change(accessToken, `guess ${i}`, 'a brand new lighthouse keeper')).json().error.code);
    expect(answers).toContain('LOGIN_THROTTLED');
    expect(answers.at(-1)).toBe('LOGIN_THROTTLED');
    expect(await t.app.db.auditEvent.count({ where: { action: 'staff.password_change_failed', entityId: member.id } })).toBeGreaterThanOrEqual(1);
    expect((await me(accessToken)).statusCode).toBe(200);
  });

  it('of parallel changes from two sessions, exactly one wins; the other is refused with a stable code', async () => {
    const member = await createStaffMember(t.app, 'staff');
    const a = await loginAs(t.app, member);
    const b = await loginAs(t.app, member);
    const answers = await Promise.all([change(a.accessToken, member.password, 'first winner takes the lighthouse'), change(b.accessToken, member.password, 'second winner takes the harbour')]);
    const codes = answers.map((r) => r.statusCode).sort();
    expect(codes[0]).toBe(200);
    expect(answers.filter((r) => r.statusCode === 200)).toHaveLength(1);
    const loser = answers.find((r) => r.statusCode !== 200)!;
    expect(['PASSWORD_STATE_CONFLICT', 'SESSION_EXPIRED']).toContain(loser.json().error.code);
    const winnerPassword = answers[0]!.statusCode === 200 ? 'first winner takes the lighthouse' : 'second winner takes the harbour';
    expect((await loginAs(t.app, { email: member.email, password: winnerPassword })).accessToken).toBeTruthy();
    expect(await t.app.db.auditEvent.count({ where: { action: 'staff.password_change', entityId: member.id } })).toBe(1);
  });

  it('a set-password link says whose account it is when opened; a used, unknown or disabled-account link is refused before any password', async () => {
    const created = (await t.app.inject({ method: 'POST', url: '/api/staff', headers: bearer(admin), payload: { email: `linked.${engine}@carers.test`, name: 'Lin Ked', role: 'staff' } })).json();
    const token = new URL(created.passwordLink.url).hash.slice(1);
    const check = (value: string) => t.app.inject({ method: 'POST', url: '/api/auth/set-password/check', payload: { token: value } });
    const open = await check(token);
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json()).toMatchObject({ name: 'Lin Ked', email: `linked.${engine}@carers.test` });
    expect(open.headers['cache-control']).toBe('no-store');
    // Checking does not use it up.
    expect((await check(token)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/set-password', payload: { token, password: STRONG_PASSWORD } })).statusCode).toBe(204);
    const used = await check(token);
    expect({ status: used.statusCode, code: used.json().error.code }).toEqual({ status: 400, code: 'INVALID_LINK' });
    expect(used.json().error.message).toContain('Ask an administrator for a new one');
    expect((await check('x'.repeat(43))).json().error.code).toBe('INVALID_LINK');

    const fresh = (await t.app.inject({ method: 'POST', url: `/api/staff/${created.user.id}/password-link`, headers: bearer(admin) })).json();
    expect((await t.app.inject({ method: 'POST', url: `/api/staff/${created.user.id}/disable`, headers: bearer(admin) })).statusCode).toBe(200);
    const disabled = await check(new URL(fresh.url).hash.slice(1));
    expect({ status: disabled.statusCode, code: disabled.json().error.code }).toEqual({ status: 403, code: 'ACCOUNT_DISABLED' });
  });
});
