import Database from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseTarget } from '../config.ts';
import { SQLITE_BUSY_TIMEOUT_MS } from './database.ts';
import { openPgPool, pgTimeouts } from './pg-pool.ts';

/**
 * Prepared reads on a connection of their own, for the per-request checks of
 * signed-in staff and young carers (a session by id, a device session by its
 * token's hash). They go straight to the driver instead of the ORM, which
 * costs several times more per query. Every call reads what is committed at
 * that moment, so a sign-out, a disabled account or an ended device session
 * committed by any API process counts on the very next request: nothing is
 * cached, so nothing needs invalidating across processes.
 *
 * Statements are written with `?` placeholders (SQLite's), and numbered for
 * PostgreSQL here. Column names are quoted as Prisma creates them, so the same
 * text runs on both engines.
 */
export type ReadConnection = {
  /** Rows of a named statement; `name` identifies the prepared statement, so one name always goes with one text. */
  all<T>(name: string, sql: string, values: readonly (string | number)[]): Promise<T[]>;
  close(): Promise<void>;
};

export function openReadConnection(target: DatabaseTarget, options: { onIdleError(error: Error): void }): ReadConnection {
  return target.engine === 'sqlite' ? sqliteReads(target.file) : postgresReads(target, options.onIdleError);
}

/** Prisma stores SQLite DateTime as epoch milliseconds (or ISO text); PostgreSQL rows arrive as Date (see the type parser below). */
export function readDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return new Date(Number(value));
  return new Date(value as string | number);
}

export function readOptionalDate(value: unknown): Date | null {
  return value === null || value === undefined ? null : readDate(value);
}

function sqliteReads(file: string): ReadConnection {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  const statements = new Map<string, Database.Statement>();
  return {
    all: async <T>(name: string, sql: string, values: readonly (string | number)[]) => {
      let statement = statements.get(name);
      if (!statement) {
        statement = db.prepare(sql);
        statements.set(name, statement);
      }
      return statement.all(...values) as T[];
    },
    close: async () => void db.close(),
  };
}

function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function postgresReads(target: Extract<DatabaseTarget, { engine: 'postgresql' }>, onIdleError: (error: Error) => void): ReadConnection {
  // Bounded waits and recovery after an outage as for every pool of the API (pg-pool.ts); a
  // failure reaches the caller as the driver's error, answered 503 DATABASE_UNAVAILABLE.
  const pool = openPgPool(target.url, pgTimeouts(target.timeouts), {
    max: 4,
    onIdleError,
    // Prisma writes UTC into "timestamp without time zone": read it back as UTC, whatever TZ this process has.
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === pg.types.builtins.TIMESTAMP ? (value: string) => new Date(`${value.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  const texts = new Map<string, string>();
  return {
    all: async <T>(name: string, sql: string, values: readonly (string | number)[]) => {
      let text = texts.get(name);
      if (text === undefined) {
        text = numbered(sql);
        texts.set(name, text);
      }
      return (await pool.query({ name, text, values: [...values] })).rows as T[];
    },
    close: () => pool.end(),
  };
}
