import type { Tx } from './transaction.ts';

/** Rows per INSERT statement at most: one bound parameter each, so this only bounds the size of one JSON text (a few MB). */
const ROWS_PER_STATEMENT = 1000;

/**
 * One INSERT per (up to) 1,000 rows, with all of their values in ONE bound
 * parameter: a JSON text that the database unpacks itself (SQLite's
 * `json_each`, PostgreSQL's `json_populate_recordset` with the table's own
 * row type, so each value is cast to its column's type). A statement with a
 * parameter per value costs Prisma's query compiler (WebAssembly) a
 * serialised copy of every value, in and out, and a lot of short-lived
 * objects per row: that was most of an import's CPU time and garbage.
 * Prisma's own `createMany` is slower still (a query object per row).
 * `table` and `columns` are our own identifiers, never user input.
 * Values: strings, numbers, booleans, Dates and null (undefined is null).
 * Returns the rows written.
 */
export async function insertRows<C extends string>(
  tx: Tx,
  table: string,
  columns: readonly C[],
  rows: readonly Record<C, unknown>[],
): Promise<number> {
  // Identifiers cannot be bound as parameters: only plain names (Prisma's model and field names) are spliced in.
  for (const name of [table, ...columns]) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`insertRows: not a plain identifier: ${name}`);
  }
  const provider = providerOf(tx);
  const list = columns.map((column) => `"${column}"`).join(', ');
  const sql =
    provider === 'sqlite'
      ? // Each row is a JSON array in column order; json_extract gives strings as TEXT, numbers as numbers, true/false as 1/0 (as the Prisma adapter stores them).
        `INSERT INTO "${table}" (${list}) SELECT ${columns.map((_, index) => `json_extract("value", '$[${index}]')`).join(', ')} FROM json_each(?)`
      : `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)`;
  let written = 0;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    const json =
      provider === 'sqlite'
        ? JSON.stringify(chunk.map((row) => columns.map((column) => jsonValue(row[column], provider))))
        : JSON.stringify(chunk.map((row) => Object.fromEntries(columns.map((column) => [column, jsonValue(row[column], provider)]))));
    written += await tx.$executeRawUnsafe(sql, json);
  }
  return written;
}

export type Provider = 'sqlite' | 'postgresql';

/** The engine behind a Prisma client or transaction (both generated clients carry it), for SQL that differs between them. */
export function providerOf(tx: Tx): Provider {
  const provider = (tx as unknown as { _activeProvider?: unknown })._activeProvider;
  if (provider === 'sqlite' || provider === 'postgresql') return provider;
  throw new Error(`insertRows: unknown database provider ${String(provider)}`);
}

/** A value as the JSON the statement unpacks: Dates as the Prisma adapters store them (SQLite: ISO 8601 with +00:00; PostgreSQL: timestamp(3) in UTC). */
function jsonValue(value: unknown, provider: Provider): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('insertRows: a number that is not finite');
    return value;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('insertRows: an invalid Date');
    return provider === 'sqlite' ? value.toISOString().replace('Z', '+00:00') : value.toISOString();
  }
  throw new Error(`insertRows: cannot store a value of type ${typeof value}`);
}
