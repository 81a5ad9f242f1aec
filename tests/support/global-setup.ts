import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { Redis } from 'ioredis';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the PostgreSQL server the API tests use, or null when none is reachable. */
    postgresUrl: string | null;
    /** URL of the Redis server the shared rate-limit tests use, or null when none is reachable. */
    redisUrl: string | null;
    /** The nginx binary for the reverse-proxy topology test, or null when none is installed. */
    nginxPath: string | null;
  }
}

const DEFAULT_URL = 'postgresql://root@127.0.0.1:5432/test';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379/7';

/**
 * Finds the PostgreSQL server for the API tests. With TEST_POSTGRES_URL set
 * (as CI does) it must be reachable, or the run fails. Without it, the
 * default local server is used when it answers; when none does, the
 * PostgreSQL half of the API suite is left out and a warning says so.
 */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('redisUrl', await findRedis());
  project.provide('nginxPath', findNginx());
  const required = process.env.TEST_POSTGRES_URL;
  const url = required ?? DEFAULT_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    project.provide('postgresUrl', url);
  } catch (error) {
    if (required) throw new Error(`TEST_POSTGRES_URL=${required} is not reachable: ${(error as Error).message}`);
    process.stderr.write(
      `\n  WARNING: no PostgreSQL at ${DEFAULT_URL}; API tests run on SQLite only. Set TEST_POSTGRES_URL to require it.\n\n`,
    );
    project.provide('postgresUrl', null);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The same for Redis (only the tests of rate limits shared across processes
 * need it): TEST_REDIS_URL, as CI sets it, must answer; otherwise the local
 * default is used when it answers, and those tests are left out with a
 * warning when it does not.
 */
async function findRedis(): Promise<string | null> {
  const required = process.env.TEST_REDIS_URL;
  const url = required ?? DEFAULT_REDIS_URL;
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 2000, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return url;
  } catch (error) {
    if (required) throw new Error(`TEST_REDIS_URL=${required} is not reachable: ${(error as Error).message}`);
    process.stderr.write(`\n  WARNING: no Redis at ${DEFAULT_REDIS_URL}; the shared rate-limit tests are left out. Set TEST_REDIS_URL to require it.\n\n`);
    return null;
  } finally {
    redis.disconnect();
  }
}


/**
 * nginx from Debian's package, for the test of two API processes behind a
 * reverse proxy (tests/api/proxy-topology.test.ts). With TEST_POSTGRES_URL set
 * (CI, whose .ci/run installs it) it must be there; otherwise that test is
 * left out with a warning.
 */
function findNginx(): string | null {
  const found = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find((file) => existsSync(file));
  if (found) {
    try {
      execFileSync(found, ['-v'], { stdio: 'ignore' });
      return found;
    } catch {
      // not runnable: treated as missing
    }
  }
  if (process.env.TEST_POSTGRES_URL) {
    throw new Error('nginx is not installed (apt-get install -y nginx); the reverse-proxy topology test needs it whenever TEST_POSTGRES_URL is set');
  }
  process.stderr.write('\n  WARNING: no nginx; the reverse-proxy topology test is left out. apt-get install -y nginx to run it.\n\n');
  return null;
}
