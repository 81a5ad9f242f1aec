import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseTarget } from '../../api/src/config.ts';

export type Engine = DatabaseTarget['engine'];

/** The engines this run tests against: SQLite always, PostgreSQL when a server is there (always on CI). */
export function testEngines(): Engine[] {
  return inject('postgresUrl') ? ['sqlite', 'postgresql'] : ['sqlite'];
}

export type TestDatabase = { target: DatabaseTarget; dataDir: string; drop(): Promise<void> };

/** A brand-new, empty database of its own: a SQLite file in a temp folder, or a new PostgreSQL database. */
export async function createTestDatabase(engine: Engine): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ycards-test-'));
  const cleanDir = () => rmSync(dataDir, { recursive: true, force: true });
  if (engine === 'sqlite') {
    return { target: { engine, file: path.join(dataDir, 'ycards.db') }, dataDir, drop: async () => cleanDir() };
  }
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) throw new Error('PostgreSQL is not available for this run');
  const name = `ycards_test_${randomBytes(6).toString('hex')}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    target: { engine, url: url.toString() },
    dataDir,
    drop: async () => {
      await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      cleanDir();
    },
  };
}

export async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
