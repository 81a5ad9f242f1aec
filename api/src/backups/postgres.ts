import { spawn } from 'node:child_process';
import pg from 'pg';
import { BackupError } from './backup-error.ts';
import type { DatabaseFacts } from './sqlite.ts';

/**
 * libpq's environment for pg_dump and pg_restore from a postgresql:// URL, so
 * the password is never on a command line (where `ps` would show it).
 */
export function libpqEnv(url: string): { env: Record<string, string>; display: string } {
  const u = new URL(url);
  const env: Record<string, string> = {};
  const host = u.searchParams.get('host') ?? decodeURIComponent(u.hostname);
  if (host) env.PGHOST = host.replace(/^\[|\]$/g, '');
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (database) env.PGDATABASE = database;
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return { env, display: `${env.PGUSER ? `${env.PGUSER}@` : ''}${env.PGHOST ?? 'localhost'}:${env.PGPORT ?? '5432'}/${database}` };
}

/** Runs pg_dump or pg_restore; a missing tool or a non-zero exit is a BackupError with the tool's own words. */
export function runPgTool(tool: 'pg_dump' | 'pg_restore', args: string[], url: string): Promise<void> {
  const { env } = libpqEnv(url);
  return new Promise((resolve, reject) => {
    const child = spawn(tool, ['--no-password', ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new BackupError(
          error.code === 'ENOENT'
            ? `${tool} is not installed (or not on PATH). Install the PostgreSQL client tools of the server's major version or newer (Debian: apt-get install postgresql-client).`
            : `${tool} could not be started: ${error.message}`,
        ),
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${tool} failed (exit ${code}):\n${stderr.trim()}`));
    });
  });
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new BackupError(`Cannot connect to PostgreSQL at ${libpqEnv(url).display}: ${(error as Error).message}`);
  }
  try {
    return await use(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function inspect(client: pg.Client): Promise<DatabaseFacts> {
  const tables = (
    await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename COLLATE \"C\"")
  ).rows.map((r) => r.name);
  const rowCounts: Record<string, number> = {};
  for (const table of tables) {
    rowCounts[table] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table.replace(/"/g, '""')}"`)).rows[0]!.n);
  }
  const migrations = tables.includes('_prisma_migrations')
    ? (
        await client.query<{ migration_name: string }>(
          'SELECT migration_name FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL ORDER BY migration_name',
        )
      ).rows.map((r) => r.migration_name)
    : [];
  const photoFiles = tables.includes('Holder')
    ? (await client.query<{ photoFile: string }>('SELECT "photoFile" FROM "Holder" WHERE "photoFile" IS NOT NULL')).rows.map((r) => r.photoFile)
    : [];
  if (tables.includes('ConsultationOption')) {
    photoFiles.push(...(await client.query<{ imageFile: string }>('SELECT "imageFile" FROM "ConsultationOption" WHERE "imageFile" IS NOT NULL')).rows.map((r) => r.imageFile));
  }
  return { integrityCheck: null, migrations, rowCounts, photoFiles };
}

/**
 * pg_dump in custom format of one exported snapshot: the facts (row counts,
 * photo files) are read in the very transaction the dump is taken from, so
 * they describe exactly what the dump holds. Safe while the service runs.
 */
export async function dumpPostgres(url: string, destination: string): Promise<DatabaseFacts> {
  return withClient(url, async (client) => {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
      const facts = await inspect(client);
      await runPgTool('pg_dump', ['--format=custom', `--snapshot=${rows[0]!.id}`, `--file=${destination}`], url);
      return facts;
    } finally {
      await client.query('COMMIT').catch(() => undefined);
    }
  });
}

/** Row counts and migrations of the database now (after a restore). */
export const inspectPostgres = (url: string) => withClient(url, inspect);

export type PostgresState = { database: string; otherConnections: number; relations: string[] };

/** Who else is connected (the service, when it runs) and what the database already holds. */
export function postgresState(url: string): Promise<PostgresState> {
  return withClient(url, async (client) => {
    const database = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db;
    const others = await client.query<{ n: string }>(
      'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    const relations = await client.query<{ name: string }>(
      `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
         AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
       ORDER BY 1`,
    );
    return { database, otherConnections: Number(others.rows[0]!.n), relations: relations.rows.map((r) => r.name) };
  });
}

/**
 * pg_restore of a custom-format dump, in one transaction, stopping at the
 * first error. `--no-owner --no-privileges`: the objects belong to whoever
 * restores (the service's own user), whatever role made the dump. Into an
 * empty database nothing is dropped; `replace` adds `--clean --if-exists`,
 * which drops each object of the dump first where it exists.
 */
export function restorePostgres(url: string, dumpFile: string, options: { replace: boolean }): Promise<void> {
  const args = ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error'];
  if (options.replace) args.push('--clean', '--if-exists');
  return runPgTool('pg_restore', [...args, `--dbname=${libpqEnv(url).env.PGDATABASE ?? ''}`, dumpFile], url);
}
