import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import type { IsolationLevel, SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';

/**
 * Prisma's better-sqlite3 adapter runs everything on one connection. It lets
 * one transaction in at a time, but a statement from outside any transaction
 * runs straight away on that connection: while a transaction is open, such a
 * statement becomes part of it. It would see the transaction's uncommitted
 * rows, and a rollback would undo it too (another request's revoke, say).
 *
 * This wrapper gives the connection to one party at a time, in arrival order:
 * an open transaction keeps it until COMMIT or ROLLBACK, and a lone
 * statement waits for that (better-sqlite3 runs a statement synchronously,
 * so it never needs to hold the connection across an await).
 *
 * Transactions start with BEGIN IMMEDIATE, which takes SQLite's write lock
 * first: another process that writes to the same file (a CLI script) is
 * waited for up to the busy timeout then, instead of failing the
 * transaction with SQLITE_BUSY at its first write after a read.
 */
export function serialSqliteAdapter(options: { url: string; timeout: number }): SqlDriverAdapterFactory {
  const inner = new PrismaBetterSQLite3(options);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => new SerialSqliteAdapter(await inner.connect()),
  };
}

const BEGIN: SqlQuery = { sql: 'BEGIN IMMEDIATE', args: [], argTypes: [] };
const ROLLBACK: SqlQuery = { sql: 'ROLLBACK', args: [], argTypes: [] };
const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK|END)\b/i;

class SerialSqliteAdapter implements SqlDriverAdapter {
  readonly provider;
  readonly adapterName;
  readonly #inner: SqlDriverAdapter;
  readonly #turns = new Turns();

  constructor(inner: SqlDriverAdapter) {
    this.#inner = inner;
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  queryRaw(query: SqlQuery) {
    return this.#turns.run(() => this.#inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery) {
    return this.#turns.run(() => this.#inner.executeRaw(query));
  }

  executeScript(script: string) {
    return this.#turns.run(() => this.#inner.executeScript(script));
  }

  getConnectionInfo() {
    return this.#inner.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }

  dispose() {
    return this.#inner.dispose();
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== 'SERIALIZABLE') {
      // The inner adapter's own refusal, with the error shape Prisma expects.
      return this.#inner.startTransaction(isolationLevel);
    }
    const release = await this.#turns.take();
    try {
      await this.#inner.executeRaw(BEGIN);
    } catch (error) {
      release();
      throw error;
    }
    const inner = this.#inner;
    /**
     * Prisma sends COMMIT or ROLLBACK through executeRaw, then calls commit()
     * or rollback(); when that statement fails (SQLITE_FULL at COMMIT, or a
     * ROLLBACK after SQLite already rolled back by itself) Prisma never calls
     * them. So the statement that ends the transaction gives the connection
     * back itself, after making sure no transaction is left open on it.
     */
    const run = async <T>(query: SqlQuery, statement: () => Promise<T>): Promise<T> => {
      if (!ENDS_TRANSACTION.test(query.sql)) return statement();
      try {
        return await statement();
      } catch (error) {
        await inner.executeRaw(ROLLBACK).catch(() => undefined); // "no transaction is active" is fine
        throw error;
      } finally {
        release();
      }
    };
    return {
      provider: this.provider,
      adapterName: this.adapterName,
      options: { usePhantomQuery: false },
      queryRaw: (query) => run(query, () => inner.queryRaw(query)),
      executeRaw: (query) => run(query, () => inner.executeRaw(query)),
      commit: async () => release(),
      rollback: async () => release(),
    };
  }
}

/** A first-come, first-served lock with no timeout of its own (Prisma's maxWait and timeout bound a transaction). */
class Turns {
  #held = false;
  readonly #waiting: Array<() => void> = [];

  /** Resolves with the function that gives the turn back (idempotent). */
  async take(): Promise<() => void> {
    if (this.#held || this.#waiting.length > 0) {
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#held = true;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#held = false;
    };
  }

  async run<T>(statement: () => Promise<T>): Promise<T> {
    const release = await this.take();
    try {
      return await statement();
    } finally {
      release();
    }
  }
}
