import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAuditEvent } from '../../api/src/audit/record-audit-event.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines, withClient } from '../support/test-database.ts';

/** Runs SQL straight against the database file or server, as someone with database access could. */
async function rawSql(t: TestApp, sql: string): Promise<void> {
  const target = t.testDb.target;
  if (target.engine === 'sqlite') {
    const db = new Database(target.file);
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
  } else {
    await withClient(target.url, (c) => c.query(sql));
  }
}

describe.each(testEngines())('audit log on %s', (engine) => {
  let t: TestApp;
  let adminToken: string;
  let admin: { id: string; email: string };
  beforeAll(async () => {
    t = await startTestApp(engine);
    admin = await createStaffMember(t.app, 'admin');
    adminToken = (await loginAs(t.app, admin as { id: string; email: string; password: string })).accessToken;
  });
  afterAll(async () => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: bearer(adminToken) });

  it('records who did what to which record, when and from where', async () => {
    const created = await t.app.inject({
      method: 'POST', url: '/api/staff', headers: { ...bearer(adminToken), 'x-forwarded-for': '203.0.113.9' },
      payload: { email: 'audited@carers.test', name: 'Audited', role: 'staff' },
    });
    const id = created.json().user.id as string;
    await t.app.inject({ method: 'POST', url: `/api/staff/${id}/disable`, headers: bearer(adminToken) });

    const page = await get(`/api/audit?entityType=staff&entityId=${id}`);
    expect(page.statusCode).toBe(200);
    const actions = page.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['staff.disable', 'staff.create']);
    const create = page.json().items[1];
    expect(create).toMatchObject({ actorId: admin.id, actorEmail: admin.email, entityType: 'staff', entityId: id, ip: '127.0.0.1' });
    expect(Date.now() - Date.parse(create.at)).toBeLessThan(60_000);
    expect(JSON.stringify(page.json())).not.toMatch(/password|token/i);
  });

  it('filters by action prefix, actor and time, newest first, and pages with a cursor', async () => {
    for (let i = 0; i < 5; i++) {
      await recordAuditEvent(t.app.deps, { actor: null, ip: null }, { action: 'test.paging', details: { i } });
    }
    const first = await get('/api/audit?action=test.paging&limit=2');
    expect(first.json().items.map((e: { details: { i: number } }) => e.details.i)).toEqual([4, 3]);
    const second = await get(`/api/audit?action=test.paging&limit=2&before=${first.json().nextBefore}`);
    expect(second.json().items.map((e: { details: { i: number } }) => e.details.i)).toEqual([2, 1]);
    const third = await get(`/api/audit?action=test.paging&limit=2&before=${second.json().nextBefore}`);
    expect(third.json().items).toHaveLength(1);
    expect(third.json().nextBefore).toBeNull();

    const prefix = await get('/api/audit?action=staff.');
    expect(prefix.json().items.length).toBeGreaterThan(0);
    expect(prefix.json().items.every((e: { action: string }) => e.action.startsWith('staff.'))).toBe(true);
    const byActor = await get(`/api/audit?actorId=${admin.id}`);
    expect(byActor.json().items.every((e: { actorId: string }) => e.actorId === admin.id)).toBe(true);
    const future = await get(`/api/audit?from=${encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString())}`);
    expect(future.json().items).toEqual([]);
    const badDate = await get('/api/audit?from=yesterday');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'from' });
  });

  it('keeps one unbroken chain when many events are written at once', async () => {
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        recordAuditEvent(t.app.deps, { actor: null, ip: null }, { action: 'test.concurrent', details: { i } }),
      ),
    );
    const report = await get('/api/audit/verify');
    expect(report.json()).toMatchObject({ intact: true, firstBrokenSeq: null });
    expect(report.json().checked).toBeGreaterThan(25);
  });

  it('is append-only in the database itself', async () => {
    await expect(rawSql(t, `UPDATE "AuditEvent" SET "action" = 'x'`)).rejects.toThrow(/append-only/);
    await expect(rawSql(t, `DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
  });

  it('detects an event edited directly in the database', async () => {
    const before = (await get('/api/audit/verify')).json();
    expect(before.intact).toBe(true);
    const target = (await get('/api/audit?action=staff.create')).json().items[0];
    const dropTrigger =
      engine === 'sqlite'
        ? `DROP TRIGGER "AuditEvent_no_update";`
        : `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";`;
    await rawSql(t, `${dropTrigger} UPDATE "AuditEvent" SET "actorEmail" = 'someone.else@carers.test' WHERE "seq" = ${target.seq};`);
    const after = (await get('/api/audit/verify')).json();
    expect(after).toMatchObject({ intact: false, checked: target.seq - 1, firstBrokenSeq: target.seq, reason: 'link_broken' });
  });
});
