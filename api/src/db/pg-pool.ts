import pg from 'pg';
import type { PostgresTimeouts } from '../config.ts';

/** Connecting to PostgreSQL, or waiting for a free pooled connection, gives up after this (ms). */
export const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
/** One statement may run this long (ms): PostgreSQL's statement_timeout. */
export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;
/**
 * The client-side bound comes this much later (ms), so that a database that
 * can still answer cancels the statement itself (57014) and keeps the
 * connection; only one that does not answer at all (a blackholed network)
 * hits the client's `query_timeout`, after which the connection is dropped.
 */
const CLIENT_TIMEOUT_GRACE_MS = 1_000;

export type PgTimeouts = Required<PostgresTimeouts>;

export function pgTimeouts(timeouts: PostgresTimeouts | undefined): PgTimeouts {
  return { connectMs: timeouts?.connectMs ?? DEFAULT_CONNECT_TIMEOUT_MS, queryMs: timeouts?.queryMs ?? DEFAULT_QUERY_TIMEOUT_MS };
}

/** The pg settings every connection of the API uses: every wait is bounded, and dead peers are noticed. */
export function pgConnectionSettings(url: string, timeouts: PgTimeouts): pg.ClientConfig {
  return {
    connectionString: url,
    // Connecting (TCP and PostgreSQL's start-up); for a pool, also the wait for a free connection.
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.queryMs,
    query_timeout: timeouts.queryMs + CLIENT_TIMEOUT_GRACE_MS,
    // TCP keepalive: a peer that vanished without a word is noticed on idle connections too.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  };
}

/**
 * A pg.Pool that survives the database going away and coming back:
 *
 * - An idle connection that fails (PostgreSQL restarted, `pg_terminate_backend`,
 *   a proxy's idle timeout) is reported to `onIdleError` instead of crashing the
 *   process; the pool opens a new one for the next query.
 * - A connection that fails while checked out is given back to the pool (and
 *   dropped). Prisma's adapter checks one out for each transaction and gives it
 *   back only when its COMMIT or ROLLBACK succeeds, which never happens on a
 *   dead connection: without this, every transaction cut off by an outage
 *   kept one of the pool's slots for good, and after `max` of them every query
 *   waited for a connection forever (measured: three killed transactions
 *   stopped a pool of two).
 * - A connection checked out for longer than `leaseMs` (a transaction whose
 *   statements and ROLLBACK all timed out on a blackholed network, where the
 *   connection never fails) is taken back the same way. No transaction of the
 *   API runs more than a couple of statements, each bounded by statement_timeout.
 */
export function openPgPool(
  url: string,
  timeouts: PgTimeouts,
  options: { max: number; onIdleError(error: Error): void; types?: pg.CustomTypesConfig },
): pg.Pool {
  const pool = new pg.Pool({
    ...pgConnectionSettings(url, timeouts),
    max: options.max,
    // Idle connections are closed after a while, so none is kept on a network path that went quiet.
    idleTimeoutMillis: 30_000,
    ...(options.types ? { types: options.types } : {}),
  });
  pool.on('error', options.onIdleError);
  const leaseMs = 3 * timeouts.queryMs + timeouts.connectMs;
  const leases = new Map<pg.PoolClient, () => void>();

  pool.on('acquire', (client: pg.PoolClient) => {
    // pg-pool sets client.release right after this event, so read it when it is needed.
    let done = false;
    const takeBack = (reason: Error) => {
      if (done) return;
      done = true;
      forget();
      const release = client.release.bind(client);
      // Whoever holds the client may still call release() (a later ROLLBACK's path): make that a no-op.
      client.release = () => undefined;
      release(reason);
    };
    const onEnd = () => takeBack(new Error('The database connection ended while it was checked out'));
    // A checked-out client that fails emits 'error' (and 'end'); its holder's query fails on its own.
    const onError = () => undefined;
    const timer = setTimeout(() => takeBack(new Error(`A database connection was checked out for more than ${leaseMs} ms`)), leaseMs);
    timer.unref();
    const forget = () => {
      done = true;
      clearTimeout(timer);
      client.removeListener('end', onEnd);
      client.removeListener('error', onError);
      leases.delete(client);
    };
    client.once('end', onEnd);
    client.on('error', onError);
    leases.set(client, forget);
  });
  pool.on('release', (_error: Error | undefined, client: pg.PoolClient) => leases.get(client)?.());
  return pool;
}
