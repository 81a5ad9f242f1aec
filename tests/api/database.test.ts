import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, readSqliteSettings } from '../../api/src/db/database.ts';
import { applyMigrations, readMigrations } from '../../api/src/db/migrate.ts';
import { createAllSql, repoRoot } from '../../api/src/db/prisma-cli.ts';
import { createTestDatabase, testEngines, withClient, type Engine, type TestDatabase } from '../support/test-database.ts';

const made: TestDatabase[] = [];
async function fresh(engine: Engine) {
  const db = await createTestDatabase(engine);
  made.push(db);
  return db;
}
afterAll(async () => {
  await Promise.all(made.map((d) => d.drop()));
});

/** Tables, columns (type, nullability, default), indexes and foreign keys: the structure that must match. */
async function structureOf(db: TestDatabase): Promise<unknown> {
  const target = db.target;
  if (target.engine === 'sqlite') {
    const sqlite = new Database(target.file, { readonly: true });
    try {
      const tables = (sqlite.prepare(`SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
      return tables.map((table) => ({
        table,
        columns: sqlite.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid`).all(table),
        indexes: sqlite.prepare(`SELECT name, "unique", (SELECT group_concat(name) FROM pragma_index_info(il.name)) AS cols FROM pragma_index_list(?) il WHERE name NOT LIKE 'manual_%' ORDER BY name`).all(table),
        foreignKeys: sqlite.prepare(`SELECT "table", "from", "to", on_delete FROM pragma_foreign_key_list(?) ORDER BY "from"`).all(table),
      }));
    } finally {
      sqlite.close();
    }
  }
  return withClient(target.url, async (c) => {
    const columns = await c.query(`SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`);
    const indexes = await c.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND indexname NOT LIKE 'manual_%' ORDER BY indexname`);
    const constraints = await c.query(`SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY conname`);
    return { columns: columns.rows, indexes: indexes.rows, constraints: constraints.rows.filter((r) => !String(r.conname).startsWith('_prisma')) };
  });
}

describe.each(testEngines())('migrations on %s', (engine) => {
  it('the committed migrations build exactly the structure of prisma/schema.prisma (no drift)', async () => {
    const migrated = await fresh(engine);
    await applyMigrations(migrated.target);
    const fromModel = await fresh(engine);
    const sql = createAllSql(engine);
    if (fromModel.target.engine === 'sqlite') {
      const sqlite = new Database(fromModel.target.file);
      sqlite.exec(sql);
      sqlite.close();
    } else {
      await withClient(fromModel.target.url, (c) => c.query(sql));
    }
    expect(await structureOf(migrated)).toEqual(await structureOf(fromModel));
  });

  it('applies each migration once, records it as Prisma does, and refuses an edited one', async () => {
    const db = await fresh(engine);
    const first = await applyMigrations(db.target);
    expect(first.applied).toEqual(readMigrations(engine).map((m) => m.name));
    const second = await applyMigrations(db.target);
    expect(second).toEqual({ applied: [], alreadyApplied: first.applied.length });
    const rows =
      db.target.engine === 'sqlite'
        ? (new Database(db.target.file, { readonly: true }).prepare('SELECT migration_name, checksum, finished_at FROM _prisma_migrations').all() as { checksum: string; finished_at: unknown }[])
        : await withClient(db.target.url, async (c) => (await c.query('SELECT migration_name, checksum, finished_at FROM _prisma_migrations')).rows);
    expect(rows).toHaveLength(first.applied.length);
    expect(rows[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.finished_at).not.toBeNull();

    // Running two migrators at once (two API processes starting) applies nothing twice.
    const other = await fresh(engine);
    const both = await Promise.all([applyMigrations(other.target), applyMigrations(other.target)]);
    expect(both.flatMap((r) => r.applied).sort()).toEqual(first.applied.slice().sort());
  });
});

describe('SQLite settings', () => {
  it('runs with WAL, synchronous=FULL, foreign keys and a busy timeout', async () => {
    const db = await fresh('sqlite');
    await applyMigrations(db.target);
    const database = await openDatabase(db.target);
    try {
      expect(await readSqliteSettings(database.prisma)).toEqual({ journalMode: 'wal', synchronous: 2, foreignKeys: 1, secureDelete: 1, busyTimeout: 5000 });
    } finally {
      await database.close();
    }
  });

  it('Prisma’s own tooling agrees that every migration is applied', async () => {
    const db = await fresh('sqlite');
    await applyMigrations(db.target);
    if (db.target.engine !== 'sqlite') throw new Error('unreachable');
    const out = execFileSync(`${repoRoot}node_modules/.bin/prisma`, ['migrate', 'status'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        YCARDS_PRISMA_SQLITE_FILE: db.target.file,
        PRISMA_SCHEMA_ENGINE_BINARY: `${repoRoot}package.json`,
        PRISMA_QUERY_ENGINE_LIBRARY: `${repoRoot}package.json`,
      },
    });
    expect(out).toContain('Database schema is up to date');
  });
});

describe.each(testEngines())('transactions on %s', (engine) => {
  it('a transaction that rolls back takes only its own writes with it, and nobody outside sees them while it is open', async () => {
    const db = await fresh(engine);
    await applyMigrations(db.target);
    const database = await openDatabase(db.target);
    const { prisma } = database;
    try {
      let abandon!: () => void;
      const gate = new Promise<void>((resolve) => (abandon = resolve));
      let opened!: () => void;
      const isOpen = new Promise<void>((resolve) => (opened = resolve));
      const rolledBack = prisma.$transaction(async (tx) => {
        await tx.setting.create({ data: { key: 'inside', value: 'uncommitted' } });
        opened();
        await gate;
        throw new Error('abandoned');
      }).then(() => 'committed', (error: Error) => error.message);
      await isOpen;
      // Another request's write and read while the transaction is open (on SQLite they share its one connection).
      const outsideWrite = prisma.setting.create({ data: { key: 'outside', value: 'committed' } });
      const outsideRead = prisma.setting.findUnique({ where: { key: 'inside' } });
      await new Promise((r) => setTimeout(r, 100));
      abandon();
      expect(await rolledBack).toBe('abandoned');
      await outsideWrite;
      expect(await outsideRead).toBeNull();
      expect((await prisma.setting.findMany({ where: { key: { in: ['inside', 'outside'] } } })).map((s) => s.key)).toEqual(['outside']);
    } finally {
      await database.close();
    }
  });
});

describe.each(testEngines())('indexes for a large register on %s', (engine) => {
  // The statements as the code sends them: the status list's reads (verify/status-list.ts) and holder search
  // (Prisma's `contains` becomes `"searchText"::text LIKE '%word%'` on PostgreSQL).
  const listed = `SELECT string_agg(CAST("statusIndex" AS TEXT), ',') AS "indexes" FROM "Card" WHERE "status" IN ('revoked', 'suspended')`;
  const highest = `SELECT "statusIndex" FROM "Card" ORDER BY "statusIndex" DESC LIMIT 1`;
  const search = `SELECT COUNT(*) FROM "Holder" WHERE "erasedAt" IS NULL AND "searchText"::text LIKE '%${createHash('md5').update('4242').digest('hex').slice(0, 10)}%'`;

  it('the status list reads listed indexes from an index alone and the highest index by one index step; on PostgreSQL a trigram index serves holder search', async () => {
    const db = await fresh(engine);
    await applyMigrations(db.target);
    if (db.target.engine === 'sqlite') {
      const sqlite = new Database(db.target.file, { readonly: true });
      try {
        const plan = (sql: string) => (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
        expect(plan(listed)).toContain('USING COVERING INDEX Card_status_statusIndex_idx');
        expect(plan(highest)).toMatch(/SCAN c?Card USING COVERING INDEX Card_statusIndex_key/i);
      } finally {
        sqlite.close();
      }
      return;
    }
    await withClient(db.target.url, async (c) => {
      // An empty table is scanned whatever its indexes: forbid the scans to see which index the query can use.
      await c.query('SET enable_seqscan = off');
      await c.query('SET enable_bitmapscan = off');
      const plan = async (sql: string) => (await c.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`)).rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(await plan(listed)).toContain('Index Only Scan using "Card_status_statusIndex_idx"');
      expect(await plan(highest)).toContain('Index Only Scan Backward using "Card_statusIndex_key"');
      // Search in a register of 20,000 young carers with varied names (the planner rightly scans a table this small; the bench
      // shows the index chosen at 1,000,000): of the indexes, the trigram one serves it, not the erasedAt one.
      await c.query('RESET enable_bitmapscan');
      await c.query('SET enable_indexscan = off');
      await c.query(`INSERT INTO "Holder" ("id", "givenName", "familyName", "dateOfBirth", "consentBy", "consentAt", "consentMethod", "searchText", "createdAt", "updatedAt")
        SELECT 'h' || n, 'Given', md5(n::text), '2012-01-01', 'parent', now(), 'written', 'given ' || md5(n::text), now(), now() FROM generate_series(1, 20000) n`);
      await c.query('VACUUM ANALYZE "Holder"'); // as autovacuum would: merges the GIN index's list of pending entries
      expect(await plan(search)).toContain('Bitmap Index Scan on "manual_Holder_searchText_trgm"');
    });
  });
});
