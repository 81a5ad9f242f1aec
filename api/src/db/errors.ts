/** Prisma's code for a unique constraint violation, the same on every engine. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

type UniqueViolationMeta = {
  target?: unknown;
  driverAdapterError?: { cause?: { constraint?: { fields?: unknown; index?: unknown }; originalMessage?: unknown } };
};

/**
 * What a unique violation names, as one string to match against: the
 * columns and, when the engine says, the index. Through the driver adapters
 * Prisma leaves `meta.target` empty and puts the constraint under
 * `meta.driverAdapterError.cause` instead: SQLite names the columns
 * ("holderId"), PostgreSQL the quoted columns and, in its message, the index
 * ("manual_Card_one_current_per_holder"). Empty for any other error.
 */
export function uniqueViolationTarget(error: unknown): string {
  if (!isUniqueViolation(error)) return '';
  const meta = ((error as { meta?: UniqueViolationMeta }).meta ?? {}) as UniqueViolationMeta;
  const cause = meta.driverAdapterError?.cause;
  const parts = [meta.target, cause?.constraint?.fields, cause?.constraint?.index, cause?.originalMessage]
    .flat()
    .filter((part): part is string => typeof part === 'string');
  return parts.join(' ').replaceAll('"', '');
}

/** The database did not answer in time, or could not be reached: thrown by our own bounded waits. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** The database has no room left to write: thrown by our own check (the SQLite ping). */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

/**
 * What kind of database trouble an error is, when it is one:
 * - `unavailable`: the database cannot be reached, went away mid-query, is
 *   starting or shutting down, is out of connections, or did not answer in time.
 *   Nothing is wrong with the request; it may work in a moment.
 * - `storage-full`: the database (or the disk under it) has no room to write.
 * Anything else (a constraint, a bug) is not classified and stays a 500.
 */
export type DatabaseFault = 'unavailable' | 'storage-full';

/**
 * Classifies by what the drivers actually throw (seen with pg 8.23,
 * @prisma/adapter-pg and @prisma/adapter-better-sqlite3 6.19.3):
 * - Prisma's known request errors by code: P1001 (cannot reach), P1002/P1008
 *   (timed out; SQLite's SQLITE_BUSY arrives as P1008), P1017 (server closed
 *   the connection), P2024 (no free connection), P2037 (too many connections),
 *   and SQLITE_FULL, which Prisma passes through as the code.
 * - Prisma's DriverAdapterError (model queries) and P2010 (raw queries) carry
 *   the driver's error in `cause` / `meta.driverAdapterError.cause`: its kind
 *   (DatabaseNotReachable, SocketTimeout, ConnectionClosed, TooManyConnections)
 *   or its PostgreSQL SQLSTATE / SQLite code.
 * - pg's own DatabaseError by SQLSTATE: class 08 (connection exception),
 *   57P01/57P02/57P03 (admin shutdown, crash shutdown, cannot connect now),
 *   57014 (statement_timeout), 53300 (too many connections); 53100 is a full disk.
 * - Node's socket errors by errno code (ECONNREFUSED, ECONNRESET, ETIMEDOUT, ...);
 *   ENOSPC/EDQUOT are a full disk.
 * - pg's connection and timeout errors, which are plain `Error`s with no code
 *   (Prisma passes them through unchanged), by their fixed text.
 */
export function databaseFault(error: unknown): DatabaseFault | undefined {
  return faultSource(error)?.fault;
}

/**
 * The driver's own words for a database fault, for the log: a connection
 * refused, a statement timed out, the server shutting down. These never quote
 * a query's values (Prisma's own messages can, so for those only the code).
 */
export function databaseFaultMessage(error: unknown): string | undefined {
  const found = faultSource(error);
  if (!found) return undefined;
  const { source } = found;
  if (typeof source.name === 'string' && source.name.startsWith('Prisma')) return typeof source.code === 'string' ? source.code : undefined;
  const text = typeof source.originalMessage === 'string' ? source.originalMessage : source.message;
  return typeof text === 'string' ? text.slice(0, 200) : undefined;
}

/** The first error in the chain (causes, driver adapter errors) that is a database fault, and which. */
function faultSource(error: unknown): { fault: DatabaseFault; source: ErrorLike } | undefined {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const e = queue.shift();
    if (typeof e !== 'object' || e === null || seen.has(e) || seen.size > 8) continue;
    seen.add(e);
    const fault = ownFault(e as ErrorLike);
    if (fault) return { fault, source: e as ErrorLike };
    const { cause, meta } = e as ErrorLike;
    queue.push(cause, (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError);
  }
  return undefined;
}

type ErrorLike = { name?: unknown; code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; originalMessage?: unknown; cause?: unknown; meta?: unknown };

const PRISMA_UNAVAILABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2037']);
const ADAPTER_UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'SocketTimeout', 'ConnectionClosed', 'TooManyConnections']);
const SQLSTATE_UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '57014', '53300']);
const SQLSTATE_STORAGE_FULL = new Set(['53100']);
const SOCKET_UNAVAILABLE = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'ENOTFOUND', 'EAI_AGAIN',
]);
const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);
const SQLITE_UNAVAILABLE = /^SQLITE_(BUSY|LOCKED)(_|$)/;
/**
 * pg 8's errors without a code (pg/lib/client.js, pg-pool/index.js): the pool's wait for a free
 * connection, a connect timeout (a Client's, and a pool's wrapping of it), query_timeout, a dropped connection.
 */
const PG_UNAVAILABLE_MESSAGES = [
  'timeout exceeded when trying to connect',
  'timeout expired',
  'Connection terminated due to connection timeout',
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];

function ownFault(e: ErrorLike): DatabaseFault | undefined {
  if (e instanceof DatabaseUnavailableError) return 'unavailable';
  if (e instanceof StorageFullError) return 'storage-full';
  for (const code of [e.code, e.originalCode]) {
    if (typeof code !== 'string') continue;
    if (PRISMA_UNAVAILABLE.has(code) || SQLSTATE_UNAVAILABLE.has(code) || (code.length === 5 && code.startsWith('08'))) return 'unavailable';
    if (SOCKET_UNAVAILABLE.has(code) || SQLITE_UNAVAILABLE.test(code)) return 'unavailable';
    if (SQLSTATE_STORAGE_FULL.has(code) || DISK_FULL.has(code) || /^SQLITE_FULL(_|$)/.test(code)) return 'storage-full';
  }
  if (typeof e.kind === 'string' && ADAPTER_UNAVAILABLE_KINDS.has(e.kind)) return 'unavailable';
  if (e instanceof Error && e.constructor === Error && typeof e.message === 'string' && PG_UNAVAILABLE_MESSAGES.includes(e.message)) {
    return 'unavailable';
  }
  return undefined;
}
