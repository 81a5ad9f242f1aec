import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { auditEventHash } from '../../api/src/audit/audit-hash.ts';
import { AUDIT_KEY_FILE } from '../../api/src/audit/audit-key.ts';
import { recordAuditEvent } from '../../api/src/audit/record-audit-event.ts';
import type { AuditChainReport, AuditCheckpointFile } from '../../api/src/audit/schemas.ts';
import { verifyAuditChain } from '../../api/src/audit/verify-audit-chain.ts';
import { buildApp } from '../../api/src/app.ts';
import { loadConfig } from '../../api/src/config.ts';
import { openDatabase } from '../../api/src/db/database.ts';
import { applyMigrations, migrationsRoot } from '../../api/src/db/migrate.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, testEngines, withClient, type Engine } from '../support/test-database.ts';

/**
 * The audit log against someone who owns the database: the append-only
 * triggers are really dropped, rows are deleted, rewritten and added with
 * correctly recomputed hashes. What gives them away is what they cannot
 * make: a signature with the audit key in DATA_DIR.
 */

/** SQL run straight against the database file or server, as its owner could. */
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

const DROP_TRIGGERS: Record<Engine, string> = {
  sqlite: `DROP TRIGGER "AuditEvent_no_update"; DROP TRIGGER "AuditEvent_no_delete";
           DROP TRIGGER "AuditCheckpoint_no_update"; DROP TRIGGER "AuditCheckpoint_no_delete";`,
  postgresql: `DROP TRIGGER "AuditEvent_append_only" ON "AuditEvent"; DROP TRIGGER "AuditCheckpoint_append_only" ON "AuditCheckpoint";`,
};

const q = (text: string) => `'${text.replace(/'/g, "''")}'`;

describe.each(testEngines())('audit anchor on %s', (engine) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function start(events = 12, env: Record<string, string> = {}) {
    t = await startTestApp(engine, env);
    const admin = await createStaffMember(t.app, 'admin');
    const token = (await loginAs(t.app, admin)).accessToken;
    for (let i = 0; i < events; i++) await recordAuditEvent(t.app.deps, { actor: null, ip: null }, { action: 'test.event', details: { i } });
    const app = t;
    const verify = async (): Promise<AuditChainReport> => {
      const response = await app.app.inject({ method: 'GET', url: '/api/audit/verify', headers: bearer(token) });
      expect(response.statusCode).toBe(200);
      return response.json();
    };
    expect(await verify()).toMatchObject({ intact: true, reason: null });
    return { t: app, token, verify };
  }

  const chain = (t: TestApp) => t.app.deps.db.auditEvent.findMany({ orderBy: { seq: 'asc' } });

  /** Rewrites the links and hashes of every event from index `from` on, as an attacker who knows the hash function would. */
  async function relink(t: TestApp, from: number) {
    const rows = await chain(t);
    let prev = from === 0 ? '0'.repeat(64) : rows[from - 1]!.hash;
    const statements: string[] = [];
    for (const row of rows.slice(from)) {
      const hash = auditEventHash(prev, row);
      statements.push(`UPDATE "AuditEvent" SET "prevHash" = ${q(prev)}, "hash" = ${q(hash)} WHERE "seq" = ${row.seq};`);
      prev = hash;
    }
    await rawSql(t, statements.join('\n'));
  }

  it('an existing log: the migration numbers its events, the first start with a key signs its head, and it verifies', async () => {
    const testDb = await createTestDatabase(engine);
    const before = mkdtempSync(path.join(tmpdir(), 'ycards-migrations-'));
    try {
      // The migrations as they were before this one.
      cpSync(migrationsRoot, before, { recursive: true, filter: (source) => !source.includes('_audit_anchor') });
      await applyMigrations(testDb.target, before);
      const old = await openDatabase(testDb.target);
      let prevHash = '0'.repeat(64);
      try {
        for (let i = 0; i < 5; i++) {
          const fields = { at: new Date(Date.UTC(2026, 10, 1, 9, i)), actorId: null, actorEmail: null, action: 'test.old', entityType: null, entityId: null, ip: null, details: JSON.stringify({ i }) };
          const hash = auditEventHash(prevHash, fields);
          await old.prisma.auditEvent.create({ data: { ...fields, prevHash, hash }, select: { seq: true } });
          prevHash = hash;
        }
      } finally {
        await old.close();
      }
      expect((await applyMigrations(testDb.target)).applied).toEqual([expect.stringMatching(/_audit_anchor$/)]);
      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', DATA_DIR: testDb.dataDir, PUBLIC_URL: 'http://cards.test' }, { database: testDb.target, webDist: undefined });
      const database = await openDatabase(testDb.target);
      const app = await buildApp(config, database, {});
      try {
        const events = await app.deps.db.auditEvent.findMany({ orderBy: { seq: 'asc' } });
        expect(events.map((e) => e.position)).toEqual([1, 2, 3, 4, 5]);
        const head = await app.deps.db.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });
        expect(head).toMatchObject({ position: 5, hash: prevHash });
        expect(app.deps.auditSigner.verifyHead(head)).toBe(true);
        expect(await verifyAuditChain(app.deps)).toMatchObject({ intact: true, checked: 5 });
        await recordAuditEvent(app.deps, { actor: null, ip: null }, { action: 'test.new' });
        expect(await verifyAuditChain(app.deps)).toMatchObject({ intact: true, checked: 6 });
      } finally {
        await app.close();
      }
    } finally {
      rmSync(before, { recursive: true, force: true });
      await testDb.drop();
    }
  });

  it('keeps its signing key in DATA_DIR (mode 0600), not in the database', async () => {
    const { t } = await start(1);
    const file = path.join(t.config.dataDir, AUDIT_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const jwk = JSON.parse(readFileSync(file, 'utf8')) as { d: string; x: string };
    const head = await t.app.deps.db.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });
    expect(head.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(JSON.stringify(head)).not.toContain(jwk.d);
    expect(t.app.deps.auditSigner.publicKey.x).toBe(jwk.x);
  });

  it('detects events deleted from the end, and still does after the next append', async () => {
    const { t, token, verify } = await start();
    const rows = await chain(t);
    await rawSql(t, `${DROP_TRIGGERS[engine]} DELETE FROM "AuditEvent" WHERE "seq" >= ${rows.at(-3)!.seq};`);
    expect(await verify()).toMatchObject({ intact: false, reason: 'head_mismatch', position: rows.length });

    // The next event extends the signed head, not the shortened table: the hole shows as a gap.
    const created = await t.app.inject({ method: 'POST', url: '/api/staff', headers: bearer(token), payload: { email: 'after@carers.test', name: 'After', role: 'staff' } });
    expect(created.statusCode).toBe(201);
    expect(await verify()).toMatchObject({ intact: false, reason: 'gap', position: rows.length - 2 });
  });

  it('detects a row rewritten with every later hash recomputed', async () => {
    const { t, verify } = await start();
    const rows = await chain(t);
    const target = rows[5]!;
    await rawSql(t, `${DROP_TRIGGERS[engine]} UPDATE "AuditEvent" SET "actorEmail" = 'someone.else@carers.test' WHERE "seq" = ${target.seq};`);
    expect(await verify()).toMatchObject({ intact: false, reason: 'link_broken', firstBrokenSeq: target.seq });
    await relink(t, 5);
    expect(await verify()).toMatchObject({ intact: false, reason: 'head_mismatch', position: rows.length });
  });

  it('detects an event appended without the key, even with a correct hash link', async () => {
    const { t, verify } = await start();
    const rows = await chain(t);
    const tail = rows.at(-1)!;
    const forged = { at: new Date(), actorId: null, actorEmail: 'ghost@carers.test', action: 'staff.create', entityType: 'staff', entityId: 'ghost', ip: null, details: '{}' };
    const hash = auditEventHash(tail.hash, forged);
    // Through the database alone (no trigger refuses an insert; none needs dropping).
    await t.app.deps.db.auditEvent.create({ data: { ...forged, prevHash: tail.hash, hash, position: tail.position! + 1 } });
    expect(await verify()).toMatchObject({ intact: false, reason: 'head_mismatch', position: rows.length });

    // Moving the head along without the key does not help.
    await rawSql(t, `UPDATE "AuditChainHead" SET "position" = ${tail.position! + 1}, "hash" = ${q(hash)} WHERE "id" = 1;`);
    expect(await verify()).toMatchObject({ intact: false, reason: 'head_signature_invalid' });
  });

  it('detects a middle event deleted and the chain relinked over it (a gap)', async () => {
    const { t, verify } = await start();
    const rows = await chain(t);
    const removed = rows[4]!;
    await rawSql(t, `${DROP_TRIGGERS[engine]} DELETE FROM "AuditEvent" WHERE "seq" = ${removed.seq};`);
    const left = await chain(t);
    let prev = left[3]!.hash;
    const statements: string[] = [];
    for (const row of left.slice(4)) {
      const hash = auditEventHash(prev, row);
      statements.push(`UPDATE "AuditEvent" SET "prevHash" = ${q(prev)}, "hash" = ${q(hash)} WHERE "seq" = ${row.seq};`);
      prev = hash;
    }
    await rawSql(t, statements.join('\n'));
    expect(await verify()).toMatchObject({ intact: false, reason: 'gap', position: removed.position, firstBrokenSeq: rows[5]!.seq });
  });

  it('detects the head row put back to an older signed state, against a checkpoint file kept elsewhere', async () => {
    const { t, token, verify } = await start();
    const oldHead = await t.app.deps.db.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });
    for (let i = 0; i < 5; i++) await recordAuditEvent(t.app.deps, { actor: null, ip: null }, { action: 'test.later', details: { i } });

    const download = await t.app.inject({ method: 'GET', url: '/api/audit/checkpoints', headers: bearer(token) });
    expect(download.statusCode).toBe(200);
    expect(download.headers['cache-control']).toBe('no-store');
    const file = download.json() as AuditCheckpointFile;
    expect(file.publicKey).toEqual(t.app.deps.auditSigner.publicKey);
    const newest = file.checkpoints.at(-1)!;
    expect(newest.position).toBe(oldHead.position + 6); // five events and the download itself
    const recorded = await t.app.inject({ method: 'GET', url: '/api/audit?action=audit.checkpoints_download', headers: bearer(token) });
    expect(recorded.json().items).toHaveLength(1);

    // Roll the database back: later events and checkpoints gone, the old (validly signed) head row back.
    await rawSql(
      t,
      `${DROP_TRIGGERS[engine]}
       DELETE FROM "AuditEvent" WHERE "position" > ${oldHead.position};
       DELETE FROM "AuditCheckpoint" WHERE "position" > ${oldHead.position};
       UPDATE "AuditChainHead" SET "position" = ${oldHead.position}, "hash" = ${q(oldHead.hash)}, "signature" = ${q(oldHead.signature!)} WHERE "id" = 1;`,
    );
    // On its own the database is consistent again: that is what the file is for.
    expect(await verify()).toMatchObject({ intact: true });
    const against = await t.app.inject({ method: 'POST', url: '/api/audit/verify', headers: bearer(token), payload: { checkpoints: file } });
    expect(against.statusCode).toBe(200);
    expect(against.json()).toMatchObject({ intact: false, reason: 'checkpoint_mismatch', position: newest.position });

    // A file signed with some other key is not taken as proof either way.
    const otherKey = { ...file, publicKey: { ...file.publicKey, x: 'A'.repeat(43) } };
    const refused = await t.app.inject({ method: 'POST', url: '/api/audit/verify', headers: bearer(token), payload: { checkpoints: otherKey } });
    expect(refused.json()).toMatchObject({ intact: false, reason: 'checkpoint_key_mismatch' });
    // And a forged checkpoint in a file is seen as one.
    const forged = { ...file, checkpoints: [{ ...newest, position: 1 }] };
    const bad = await t.app.inject({ method: 'POST', url: '/api/audit/verify', headers: bearer(token), payload: { checkpoints: forged } });
    expect(bad.json()).toMatchObject({ intact: false, reason: 'checkpoint_signature_invalid', position: 1 });
  });

  it('checkpoint download and file check are for admins only, and a bad file is a 400', async () => {
    const { t, token } = await start(1);
    const staff = await createStaffMember(t.app, 'staff');
    const staffToken = (await loginAs(t.app, staff)).accessToken;
    expect((await t.app.inject({ method: 'GET', url: '/api/audit/checkpoints', headers: bearer(staffToken) })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/audit/verify', headers: bearer(staffToken), payload: {} })).statusCode).toBe(403);
    const bad = await t.app.inject({ method: 'POST', url: '/api/audit/verify', headers: bearer(token), payload: { checkpoints: { format: 'something' } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const none = await t.app.inject({ method: 'POST', url: '/api/audit/verify', headers: bearer(token), payload: {} });
    expect(none.json()).toMatchObject({ intact: true, reason: null });
  });

  it('an untampered log of a few hundred events written by parallel HTTP requests verifies intact, with its checkpoints', { timeout: 120_000 }, async () => {
    const { t, token, verify } = await start(0, { RATE_LIMIT_PER_MINUTE: '10000' });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    const base = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
    const send = (method: string, url: string, body?: unknown) =>
      fetch(base + url, { method, headers: { ...bearer(token), ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
    const writes = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        i % 30 === 0 ? send('GET', '/api/audit/checkpoints') : send('POST', '/api/staff', { email: `parallel${i}@carers.test`, name: `Parallel ${i}`, role: 'staff' }),
      ),
    );
    expect(writes.map((r) => r.status).sort()).toEqual([...Array(290).fill(201), ...Array(10).fill(200)].sort());
    // The hourly job signs one more checkpoint once an hour has passed.
    t.clock.advance(61 * 60_000);
    await recordAuditEvent(t.app.deps, { actor: null, ip: null }, { action: 'test.after' });
    await t.app.deps.jobs.auditCheckpoints.runNow();
    const report = await verify();
    expect(report).toMatchObject({ intact: true, reason: null });
    expect(report.checked).toBeGreaterThanOrEqual(300);
    const stored = await t.app.deps.db.auditCheckpoint.findMany({ orderBy: { position: 'asc' } });
    expect(stored.at(-1)!.position).toBe(report.checked);
    expect(report.checkpoints).toBe(stored.length);
    expect(stored.length).toBeGreaterThanOrEqual(2);
  });
});
