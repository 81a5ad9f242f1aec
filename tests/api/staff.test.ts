import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

describe.each(testEngines())('staff management on %s', (engine) => {
  let t: TestApp;
  let admin: { id: string; email: string; password: string };
  let adminToken: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await createStaffMember(t.app, 'admin');
    adminToken = (await loginAs(t.app, admin)).accessToken;
  });
  afterAll(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object) =>
    t.app.inject({ method, url, headers: bearer(token), payload });

  it('an admin adds a staff member, who sets a password through the link and signs in', async () => {
    const created = await call('POST', '/api/staff', adminToken, { email: 'Sam.Jones@Carers.test', name: ' Sam Jones ', role: 'staff' });
    expect(created.statusCode).toBe(201);
    const { user, passwordLink } = created.json();
    expect(user).toMatchObject({ email: 'sam.jones@carers.test', name: 'Sam Jones', role: 'staff', status: 'invited', lastLoginAt: null });
    expect(passwordLink.url).toMatch(/^http:\/\/cards\.test\/set-password#[\w-]{40,}$/);
    expect(Date.parse(passwordLink.expiresAt)).toBeGreaterThan(Date.now());

    const list = await call('GET', '/api/staff', adminToken);
    expect(list.json().items.map((s: { email: string }) => s.email)).toContain('sam.jones@carers.test');

    const set = await t.app.inject({
      method: 'POST', url: '/api/auth/set-password',
      payload: { token: new URL(passwordLink.url).hash.slice(1), password: 'purple tractor in the rain' },
    });
    expect(set.statusCode).toBe(204);
    const session = await loginAs(t.app, { email: 'sam.jones@carers.test', password: 'purple tractor in the rain' });
    expect(session.response.json().user.status).toBe('active');
  });

  it('refuses a duplicate email with 409 and a bad role with 400 naming the field', async () => {
    const first = await call('POST', '/api/staff', adminToken, { email: 'dup@carers.test', name: 'Dup', role: 'staff' });
    expect(first.statusCode).toBe(201);
    const again = await call('POST', '/api/staff', adminToken, { email: 'DUP@carers.test', name: 'Dup 2', role: 'admin' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('EMAIL_TAKEN');
    const badRole = await call('POST', '/api/staff', adminToken, { email: 'x@carers.test', name: 'X', role: 'owner' });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'role' });
    const badEmail = await call('POST', '/api/staff', adminToken, { email: 'not-an-email', name: 'X', role: 'staff' });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'email' });
  });

  it('keeps staff out of admin routes with 403', async () => {
    const staff = await createStaffMember(t.app, 'staff');
    const { accessToken } = await loginAs(t.app, staff);
    for (const [method, url] of [['GET', '/api/staff'], ['POST', '/api/staff'], ['GET', '/api/audit'], ['GET', '/api/audit/verify']] as const) {
      const response = await call(method, url, accessToken, method === 'POST' ? { email: 'a@b.co', name: 'A', role: 'admin' } : undefined);
      expect(response.statusCode, `${method} ${url}`).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('disabling an account stops its existing access token at once; enabling lets it sign in again', async () => {
    const staff = await createStaffMember(t.app, 'staff');
    const { accessToken } = await loginAs(t.app, staff);
    expect((await call('GET', '/api/auth/me', accessToken)).statusCode).toBe(200);

    const disabled = await call('POST', `/api/staff/${staff.id}/disable`, adminToken);
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().user.status).toBe('disabled');
    const after = await call('GET', '/api/auth/me', accessToken);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('SESSION_EXPIRED');
    // The right password for a disabled account is told so; a wrong one gets the answer every wrong password gets (no oracle).
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: staff.email, password: staff.password } });
    expect({ status: login.statusCode, code: login.json().error.code }).toEqual({ status: 403, code: 'ACCOUNT_DISABLED' });
    expect(login.json().error.message).toContain('disabled');
    const guess = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: staff.email, password: 'not the password at all' } });
    expect({ status: guess.statusCode, code: guess.json().error.code }).toEqual({ status: 401, code: 'INVALID_CREDENTIALS' });

    const enabled = await call('POST', `/api/staff/${staff.id}/enable`, adminToken);
    expect(enabled.json().user.status).toBe('active');
    expect((await loginAs(t.app, staff)).accessToken).toBeTruthy();
  });

  it('changes a role; a demoted admin loses admin routes on the next request', async () => {
    const other = await createStaffMember(t.app, 'admin');
    const { accessToken } = await loginAs(t.app, other);
    expect((await call('GET', '/api/staff', accessToken)).statusCode).toBe(200);
    const demoted = await call('PATCH', `/api/staff/${other.id}`, adminToken, { role: 'staff' });
    expect(demoted.statusCode).toBe(200);
    expect(demoted.json().user.role).toBe('staff');
    expect((await call('GET', '/api/staff', accessToken)).statusCode).toBe(403);
  });

  it('never leaves the service without an enabled admin, and admins cannot lock themselves out', async () => {
    const self = await call('POST', `/api/staff/${admin.id}/disable`, adminToken);
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('CANNOT_CHANGE_SELF');
    const selfRole = await call('PATCH', `/api/staff/${admin.id}`, adminToken, { role: 'staff' });
    expect(selfRole.json().error.code).toBe('CANNOT_CHANGE_SELF');

    // Demote every other admin: the first admin is now the only one.
    const list = (await call('GET', '/api/staff', adminToken)).json().items as { id: string; role: string }[];
    for (const s of list.filter((s) => s.role === 'admin' && s.id !== admin.id)) {
      expect((await call('PATCH', `/api/staff/${s.id}`, adminToken, { role: 'staff' })).statusCode).toBe(200);
    }
    // Through the API an admin can only act on others, so the last admin is guarded by CANNOT_CHANGE_SELF;
    // the use-cases guard it too, whoever acts (an operator script, a race between two admins).
    const { disableStaff } = await import('../../api/src/staff/disable-staff.ts');
    const { updateStaff } = await import('../../api/src/staff/update-staff.ts');
    const operator = { actor: { id: 'operator', email: 'ops@carers.test' }, ip: null };
    await expect(updateStaff(t.app.deps, { context: operator, staffId: admin.id, changes: { role: 'staff' } })).rejects.toMatchObject({ code: 'LAST_ADMIN' });
    await expect(disableStaff(t.app.deps, { context: operator, staffId: admin.id })).rejects.toMatchObject({ code: 'LAST_ADMIN' });
    const me = await call('GET', '/api/auth/me', adminToken);
    expect(me.json().user).toMatchObject({ role: 'admin', status: 'active' });
  });

  it('refuses anonymous callers with 401 before looking at the body', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/staff', payload: { nonsense: true } });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('NOT_AUTHENTICATED');
  });

  it('a new password link replaces the unused one, and a disabled account gets none', async () => {
    const created = (await call('POST', '/api/staff', adminToken, { email: 'relink@carers.test', name: 'Re Link', role: 'staff' })).json();
    const fresh = await call('POST', `/api/staff/${created.user.id}/password-link`, adminToken);
    expect(fresh.statusCode).toBe(200);
    const setWith = (url: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/set-password', payload: { token: new URL(url).hash.slice(1), password: 'purple tractor in the rain' } });
    expect((await setWith(created.passwordLink.url)).json().error.code).toBe('INVALID_LINK');
    expect((await setWith(fresh.json().url)).statusCode).toBe(204);

    expect((await call('POST', `/api/staff/${created.user.id}/disable`, adminToken)).statusCode).toBe(200);
    const refused = await call('POST', `/api/staff/${created.user.id}/password-link`, adminToken);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
  });

  it('disabling or enabling an account twice changes nothing the second time; a new name is trimmed', async () => {
    const member = await createStaffMember(t.app, 'staff');
    for (const action of ['disable', 'disable', 'enable', 'enable'] as const) {
      expect((await call('POST', `/api/staff/${member.id}/${action}`, adminToken)).statusCode).toBe(200);
    }
    const events = await t.app.db.auditEvent.findMany({ where: { entityId: member.id, action: { in: ['staff.disable', 'staff.enable'] } }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['staff.disable', 'staff.enable']);
    const renamed = await call('PATCH', `/api/staff/${member.id}`, adminToken, { name: '  Renamed Person ' });
    expect(renamed.json().user).toMatchObject({ name: 'Renamed Person', role: 'staff', status: 'active' });
  });

  it('answers unknown ids with 404 and empty updates with 400', async () => {
    const missing = await call('POST', '/api/staff/no-such-id/disable', adminToken);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    const empty = await call('PATCH', `/api/staff/${admin.id}`, adminToken, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('VALIDATION_FAILED');
  });
});
