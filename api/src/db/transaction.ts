import type { Prisma } from '../generated/sqlite/client.ts';
import type { Db } from './database.ts';

/** The client handed to the work inside a transaction. */
export type Tx = Prisma.TransactionClient;

/**
 * Waiting for a turn is normal under a burst (SQLite runs one transaction at
 * a time; PostgreSQL's pool has ten connections and audited changes take
 * turns on the audit chain): give it longer than Prisma's 2 s before calling
 * it a failure. Work that runs longer than `timeout` is rolled back.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 10_000 };

/**
 * Runs `work` in one database transaction: everything it writes commits
 * together, or (when it throws, or the process dies first) none of it does.
 * Keep slow work (signing, hashing, rendering) outside; only bulk work that
 * must commit as one (an import's dry run) asks for a longer `timeout`.
 */
export function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  return db.$transaction(work, { ...TRANSACTION_OPTIONS, ...options });
}
