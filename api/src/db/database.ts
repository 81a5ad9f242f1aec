import { mkdirSync } from 'node:fs';
import { statfs } from 'node:fs/promises';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client.ts';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client.ts';
import type { DatabaseTarget } from '../config.ts';
import { StorageFullError } from './errors.ts';
import { openPgPool, pgTimeouts } from './pg-pool.ts';
import { serialSqliteAdapter } from './sqlite-adapter.ts';

/**
 * Both clients are generated from the one model in prisma/schema.prisma, so
 * their APIs are the same; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;

export type Database = {
  engine: DatabaseTarget['engine'];
  prisma: Db;
  /**
   * Throws when the database cannot answer a trivial query, and (SQLite)
   * StorageFullError when it has less than SQLITE_MIN_FREE_BYTES to grow into.
   * Not bounded in time by itself: /api/ready puts its own short limit on it.
   */
  ping(): Promise<void>;
  close(): Promise<void>;
};

/** How long SQLite waits for another writer before giving up (ms). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * With less room than this to grow (free disk space under the database file,
 * or pages left below SQLite's max_page_count), the SQLite database counts as
 * full: writes are about to fail with SQLITE_FULL, so /api/ready says so.
 */
export const SQLITE_MIN_FREE_BYTES = 1024 * 1024;

/** Prisma's pooled PostgreSQL connections (pg's default size). */
const POSTGRES_POOL_SIZE = 10;

export class DatabaseSetupError extends Error {
  override name = 'DatabaseSetupError';
}

/**
 * Opens the database the API runs on. PostgreSQL goes through a pool whose
 * every wait is bounded (DATABASE_CONNECT_TIMEOUT_MS, DATABASE_QUERY_TIMEOUT_MS)
 * and that gets its connections back after an outage (see pg-pool.ts);
 * opening it does not connect yet, so it never fails for a database that is away.
 */
export async function openDatabase(target: DatabaseTarget, options: { onIdleError?(error: Error): void } = {}): Promise<Database> {
  if (target.engine === 'postgresql') {
    const pool = openPgPool(target.url, pgTimeouts(target.timeouts), { max: POSTGRES_POOL_SIZE, onIdleError: options.onIdleError ?? (() => undefined) });
    const prisma = new PostgresClient({ adapter: new PrismaPg(pool) }) as unknown as Db;
    await prisma.$connect();
    return {
      engine: 'postgresql',
      prisma,
      ping: async () => void (await prisma.$queryRaw`SELECT 1`),
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  mkdirSync(path.dirname(target.file), { recursive: true, mode: 0o700 });
  const prisma = new SqliteClient({
    adapter: serialSqliteAdapter({ url: target.file, timeout: SQLITE_BUSY_TIMEOUT_MS }),
  });
  await prisma.$connect();
  await configureSqlite(prisma);
  return {
    engine: 'sqlite',
    prisma,
    ping: async () => {
      await prisma.$queryRaw`SELECT 1`;
      const room = await sqliteRoomToGrow(prisma, target.file);
      if (room < SQLITE_MIN_FREE_BYTES) throw new StorageFullError(`The SQLite database has ${room} bytes left to grow into`);
    },
    close: () => prisma.$disconnect(),
  };
}

/**
 * Bytes the database can still take: its free pages, plus what it may grow
 * by, which is the smaller of the disk's free space and what max_page_count allows.
 */
async function sqliteRoomToGrow(prisma: Db, file: string): Promise<number> {
  const number = (rows: Record<string, unknown>[]) => Number(Object.values(rows[0] ?? {})[0]);
  const pageSize = number(await prisma.$queryRaw<Record<string, unknown>[]>`PRAGMA page_size`);
  const pages = number(await prisma.$queryRaw<Record<string, unknown>[]>`PRAGMA page_count`);
  const maxPages = number(await prisma.$queryRaw<Record<string, unknown>[]>`PRAGMA max_page_count`);
  const freePages = number(await prisma.$queryRaw<Record<string, unknown>[]>`PRAGMA freelist_count`);
  const disk = await statfs(path.dirname(file));
  return freePages * pageSize + Math.min(disk.bavail * disk.bsize, Math.max(0, maxPages - pages) * pageSize);
}

/**
 * The adapter keeps one connection, so these per-connection settings hold for
 * every query. They are read back: a database that cannot honour them (for
 * example WAL on a network file system) stops the start-up with a clear error.
 */
async function configureSqlite(prisma: Db): Promise<void> {
  await prisma.$queryRaw`PRAGMA journal_mode = WAL`;
  await prisma.$executeRaw`PRAGMA synchronous = FULL`;
  await prisma.$executeRaw`PRAGMA foreign_keys = ON`;
  // Deleted or overwritten content is zeroed in the page, so an erased record's bytes do not linger in free space (docs/database.md).
  await prisma.$executeRaw`PRAGMA secure_delete = ON`;
  const settings = await readSqliteSettings(prisma);
  const wanted = { journalMode: 'wal', synchronous: 2, foreignKeys: 1, secureDelete: 1, busyTimeout: SQLITE_BUSY_TIMEOUT_MS };
  for (const [key, value] of Object.entries(wanted)) {
    if (settings[key as keyof typeof settings] !== value) {
      throw new DatabaseSetupError(
        `SQLite setting ${key} is ${String(settings[key as keyof typeof settings])}, expected ${String(value)}`,
      );
    }
  }
}

export async function readSqliteSettings(prisma: Db) {
  const [journal] = await prisma.$queryRaw<{ journal_mode: string }[]>`PRAGMA journal_mode`;
  const [sync] = await prisma.$queryRaw<{ synchronous: bigint | number }[]>`PRAGMA synchronous`;
  const [fk] = await prisma.$queryRaw<{ foreign_keys: bigint | number }[]>`PRAGMA foreign_keys`;
  const [busy] = await prisma.$queryRaw<{ timeout: bigint | number }[]>`PRAGMA busy_timeout`;
  const [secure] = await prisma.$queryRaw<{ secure_delete: bigint | number }[]>`PRAGMA secure_delete`;
  return {
    journalMode: journal?.journal_mode,
    synchronous: Number(sync?.synchronous),
    foreignKeys: Number(fk?.foreign_keys),
    secureDelete: Number(secure?.secure_delete),
    busyTimeout: Number(busy?.timeout),
  };
}
