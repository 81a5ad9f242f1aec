import { linkSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_BUSY_TIMEOUT_MS } from '../db/database.ts';

export type DatabaseFacts = {
  integrityCheck: string | null;
  migrations: string[];
  rowCounts: Record<string, number>;
  /** Holder.photoFile and ConsultationOption.imageFile values: the photos the database points at. */
  photoFiles: string[];
};

/**
 * A consistent copy of a live SQLite database with SQLite's online backup
 * API, safe while the service writes. After the first step the rest is copied
 * in one step under one read transaction: in WAL mode that does not block the
 * service's writers, and a write by another process cannot make it start over.
 * The connection only reads. It is not opened read-only: a read-only
 * connection leaves -wal and -shm files behind when it was the last one, and
 * those would look like an unclean stop to a restore.
 */
export async function snapshotSqlite(source: string, destination: string): Promise<void> {
  const db = new Database(source, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    await db.backup(destination, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
}

/** integrity_check, migrations, row counts and photo files of a SQLite file (our own copy, or the database just restored). */
export function inspectSqlite(file: string): DatabaseFacts {
  const db = new Database(file, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    const integrity = (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map(
      (r) => r.name,
    );
    const rowCounts: Record<string, number> = {};
    for (const table of tables) {
      rowCounts[table] = Number((db.prepare(`SELECT count(*) AS n FROM "${table.replace(/"/g, '""')}"`).get() as { n: number }).n);
    }
    const migrations = tables.includes('_prisma_migrations')
      ? (db.prepare('SELECT migration_name FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL ORDER BY migration_name').all() as { migration_name: string }[]).map(
          (r) => r.migration_name,
        )
      : [];
    const photoFiles = tables.includes('Holder')
      ? (db.prepare('SELECT "photoFile" FROM "Holder" WHERE "photoFile" IS NOT NULL').all() as { photoFile: string }[]).map((r) => r.photoFile)
      : [];
    if (tables.includes('ConsultationOption')) {
      photoFiles.push(...(db.prepare('SELECT "imageFile" FROM "ConsultationOption" WHERE "imageFile" IS NOT NULL').all() as { imageFile: string }[]).map((r) => r.imageFile));
    }
    return { integrityCheck: integrity.join('; '), migrations, rowCounts, photoFiles };
  } finally {
    db.close();
  }
}

/**
 * Whether any process has the database open. Every open connection to a WAL
 * database holds a shared lock on the file, so an exclusive lock is refused
 * while the service (or anything else) has it open. The attempt goes through
 * a hard link to the same file: the locks are the file's, but SQLite looks
 * for `<link>-wal`, so a stale `-wal` beside the real name is neither read,
 * checkpointed nor removed by asking.
 */
export function sqliteInUse(file: string): { inUse: boolean; detail: string } {
  const probe = path.join(path.dirname(file), `.${path.basename(file)}.lock-probe-${process.pid}`);
  const cleanUp = () => {
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${probe}${suffix}`, { force: true });
  };
  cleanUp();
  try {
    linkSync(file, probe);
  } catch (error) {
    return { inUse: false, detail: `could not test the database lock (${(error as NodeJS.ErrnoException).code ?? String(error)}); relying on the other checks` };
  }
  try {
    const db = new Database(probe, { fileMustExist: true, timeout: 0 });
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      db.exec('BEGIN EXCLUSIVE; COMMIT');
      return { inUse: false, detail: 'no process has the database open (an exclusive lock was granted)' };
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return { inUse: true, detail: 'another process has the database open (an exclusive lock was refused)' };
      throw error;
    } finally {
      db.close();
    }
  } finally {
    cleanUp();
  }
}
