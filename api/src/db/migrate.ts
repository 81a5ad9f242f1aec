import { createHash, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseTarget } from '../config.ts';
import { pgTimeouts } from './pg-pool.ts';

/** prisma/migrations/: one folder per engine, each holding a folder per migration with its migration.sql. */
export const migrationsRoot = fileURLToPath(new URL('../../../prisma/migrations/', import.meta.url));

export type Migration = { name: string; sql: string; checksum: string };
export type MigrationResult = { applied: string[]; alreadyApplied: number };

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function readMigrations(engine: DatabaseTarget['engine'], root = migrationsRoot): Migration[] {
  const dir = path.join(root, engine);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/**
 * Applies the committed SQL migrations of one engine, in name order, each in
 * its own transaction, and records them in Prisma's `_prisma_migrations`
 * table format so that Prisma's own tooling agrees where it can run.
 * Prisma's schema engine cannot apply PostgreSQL migrations offline (see
 * docs/database.md), so this does it for both engines alike.
 */
export async function applyMigrations(target: DatabaseTarget, root = migrationsRoot): Promise<MigrationResult> {
  const migrations = readMigrations(target.engine, root);
  return target.engine === 'sqlite' ? migrateSqlite(target.file, migrations) : migratePostgres(target, migrations);
}

type Applied = { migration_name: string; checksum: string; finished_at: unknown };

function plan(migrations: Migration[], applied: Applied[]): Migration[] {
  const byName = new Map(applied.map((a) => [a.migration_name, a]));
  for (const a of applied) {
    if (a.finished_at === null) {
      throw new MigrationError(`Migration ${a.migration_name} started but did not finish; the database needs attention`);
    }
  }
  for (const m of migrations) {
    const a = byName.get(m.name);
    if (a && a.checksum !== m.checksum) {
      throw new MigrationError(`Migration ${m.name} was changed after it was applied (checksum differs)`);
    }
  }
  const known = new Set(migrations.map((m) => m.name));
  const unknown = applied.filter((a) => !known.has(a.migration_name));
  if (unknown.length > 0) {
    throw new MigrationError(
      `The database has migrations this version does not know (${unknown.map((u) => u.migration_name).join(', ')}); is it newer than the code?`,
    );
  }
  return migrations.filter((m) => !byName.has(m.name));
}

function migrateSqlite(file: string, migrations: Migration[]): MigrationResult {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const db = new Database(file, { timeout: 10_000 });
  // Personal data: readable by the service's own user only (SQLite gives its -wal and -shm files the same mode).
  chmodSync(file, 0o600);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" TEXT PRIMARY KEY NOT NULL,
      "checksum" TEXT NOT NULL,
      "finished_at" DATETIME,
      "migration_name" TEXT NOT NULL,
      "logs" TEXT,
      "rolled_back_at" DATETIME,
      "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
      "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
    )`);
    const applied: string[] = [];
    // BEGIN IMMEDIATE takes the write lock first, so two processes starting
    // together cannot apply the same migration twice.
    const step = db.transaction(() => {
      const done = db
        .prepare('SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL')
        .all() as Applied[];
      const next = plan(migrations, done)[0];
      if (!next) return false;
      db.exec(next.sql);
      const now = Date.now();
      db.prepare(
        'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)',
      ).run(randomUUID(), next.checksum, now, next.name, now);
      applied.push(next.name);
      return true;
    });
    while (step.immediate()) {
      // one migration per transaction
    }
    return { applied, alreadyApplied: migrations.length - applied.length };
  } finally {
    db.close();
  }
}

/** Any constant: serialises migrations across API processes sharing one database. */
const MIGRATION_LOCK_KEY = 72_201_731;

async function migratePostgres(target: Extract<DatabaseTarget, { engine: 'postgresql' }>, migrations: Migration[]): Promise<MigrationResult> {
  // Connecting is bounded, so a start while the database is away fails fast and is tried again
  // (server.ts). Statements are not: a migration may rightly take long, and pg_advisory_lock waits
  // for another process's migrations; TCP keepalive notices a peer that vanished.
  const client = new pg.Client({
    connectionString: target.url,
    connectionTimeoutMillis: pgTimeouts(target.timeouts).connectMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // A connection PostgreSQL ends between two statements fails the next one; it must not end the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`);
    const { rows } = await client.query<Applied>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    const pending = plan(migrations, rows);
    for (const m of pending) {
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query(
          'INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)',
          [randomUUID(), m.checksum, m.name],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        // The cause says whether it was the migration or the connection (a lost connection is tried again at start-up).
        throw new MigrationError(`Migration ${m.name} failed: ${(error as Error).message}`, { cause: error });
      }
    }
    return { applied: pending.map((m) => m.name), alreadyApplied: migrations.length - pending.length };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
