import { Prisma } from '../generated/sqlite/client.ts';
import type { Tx } from './transaction.ts';

/**
 * Rows per INSERT statement at most, whatever their width: SQLite takes up
 * to 32,766 parameters in one statement and PostgreSQL 65,535; 20 columns
 * times 1,000 rows stays well under both.
 */
const ROWS_PER_STATEMENT = 1000;

/**
 * One multi-row INSERT per (up to) 1,000 rows, through Prisma's raw SQL with
 * every value bound as a parameter, on both engines. Prisma's own
 * `createMany` builds and checks a query object per row (in the client's
 * query compiler), which is most of the time of a bulk import and a lot of
 * garbage; this is one prepared statement. `table` and `columns` are our own
 * identifiers, never user input. Returns the rows written.
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
  let written = 0;
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES `);
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const values = rows
      .slice(start, start + ROWS_PER_STATEMENT)
      .map((row) => Prisma.sql`(${Prisma.join(columns.map((column) => row[column] ?? null))})`);
    written += await tx.$executeRaw`${head}${Prisma.join(values)}`;
  }
  return written;
}
