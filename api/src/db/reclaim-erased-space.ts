import type { FastifyBaseLogger } from 'fastify';
import type { Database } from './database.ts';

/**
 * After an erasure has committed, makes the old bytes go from the files.
 *
 * SQLite: the connection runs with `secure_delete = ON` (database.ts), so
 * the pages written by the erasure carry zeros where the personal data was,
 * but in WAL mode those pages (and older copies from before) sit in the
 * -wal file first. A TRUNCATE checkpoint copies them into the database file
 * and empties the -wal. It needs a moment with no reader in the middle of a
 * statement; if it cannot get one (busy), the next checkpoint does it, and
 * that is logged.
 *
 * PostgreSQL: an UPDATE or DELETE leaves the old row versions as dead tuples
 * until VACUUM; a plain VACUUM of the tables touched makes that space free
 * for reuse now instead of whenever autovacuum comes round (the tables an
 * erasure writes to, named in the statement). It does not
 * overwrite the bytes, and the WAL and any backups keep them (see
 * docs/database.md).
 *
 * Never throws: the erasure itself has happened.
 */
export async function reclaimErasedSpace(database: Database, log: FastifyBaseLogger): Promise<void> {
  try {
    if (database.engine === 'sqlite') {
      const [result] = await database.prisma.$queryRaw<{ busy: bigint | number }[]>`PRAGMA wal_checkpoint(TRUNCATE)`;
      if (Number(result?.busy ?? 0) !== 0) log.warn('SQLite checkpoint after an erasure was busy; the next checkpoint completes it');
    } else {
      await database.prisma.$executeRaw`VACUUM "Holder", "Card", "Invitation", "DeviceSession", "OutboxMessage", "RenewalReminder", "DataRequest", "Referral", "ImportRow"`;
    }
  } catch (err) {
    log.warn({ err }, 'could not reclaim the space freed by an erasure; it is reclaimed later');
  }
}
