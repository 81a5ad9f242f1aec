import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp, loggerOptions } from '../../api/src/app.ts';
import { loadConfig, type Config } from '../../api/src/config.ts';
import { openDatabase } from '../../api/src/db/database.ts';

/** What a call gave, and how long it took; `answer` is undefined when it gave nothing within the limit. */
export type Timed<T> = { answer: T | undefined; ms: number };

/** Waits for `promise` at most `limitMs`: a call that hangs for a whole outage shows as no answer instead of stalling the test. */
export async function timed<T>(promise: Promise<T>, limitMs: number): Promise<Timed<T>> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), limitMs);
  });
  try {
    const answer = await Promise.race([promise, limit]);
    return { answer, ms: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `probe` every `everyMs` until it says true; the time it took, or undefined past `limitMs`. */
export async function timeUntil(probe: () => Promise<boolean>, limitMs: number, everyMs = 100): Promise<number | undefined> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    if (await probe().catch(() => false)) return Math.round(performance.now() - started);
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return undefined;
}

/** The real app on an already-migrated database, built from environment settings the way server.ts builds it. */
export async function appFromEnv(env: Record<string, string>): Promise<{ app: FastifyInstance; config: Config; logs: string[] }> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', PUBLIC_URL: 'http://cards.test', ...env }, { webDist: undefined });
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const database = await openDatabase(config.database);
  const app = await buildApp(config, database, { logger: loggerOptions('info', stream) });
  return { app, config, logs };
}
