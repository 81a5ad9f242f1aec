import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client.ts';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client.ts';
import type { DatabaseTarget } from '../config.ts';

/**
 * Both clients are generated from the one model in prisma/schema.prisma, so
 * their APIs are the same; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;

export type Database = {
  engine: DatabaseTarget['engine'];
  prisma: Db;
  /** Throws when the database cannot answer a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
};

/** How long SQLite waits for another writer before giving up (ms). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export class DatabaseSetupError extends Error {
  override name = 'DatabaseSetupError';
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.engine === 'postgresql') {
    const prisma = new PostgresClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as Db;
    await prisma.$connect();
    return {
      engine: 'postgresql',
      prisma,
      ping: async () => void (await prisma.$queryRaw`SELECT 1`),
      close: () => prisma.$disconnect(),
    };
  }
  mkdirSync(path.dirname(target.file), { recursive: true, mode: 0o700 });
  const prisma = new SqliteClient({
    adapter: new PrismaBetterSQLite3({ url: target.file, timeout: SQLITE_BUSY_TIMEOUT_MS }),
  });
  await prisma.$connect();
  await configureSqlite(prisma);
  return {
    engine: 'sqlite',
    prisma,
    ping: async () => void (await prisma.$queryRaw`SELECT 1`),
    close: () => prisma.$disconnect(),
  };
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
  const settings = await readSqliteSettings(prisma);
  const wanted = { journalMode: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: SQLITE_BUSY_TIMEOUT_MS };
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
  return {
    journalMode: journal?.journal_mode,
    synchronous: Number(sync?.synchronous),
    foreignKeys: Number(fk?.foreign_keys),
    busyTimeout: Number(busy?.timeout),
  };
}
