import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

const LIMIT = 10;

/** Listens on a free port; answers the base URL. */
async function listen(t: TestApp): Promise<string> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** An address of its own per burst (behind a trusted proxy), so bursts and runs never share a count. */
const someAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function burst(bases: string[], perProcess: number, from: string): Promise<number[]> {
  const calls = bases.flatMap((base) => Array.from({ length: perProcess }, () => fetch(`${base}/api/setup`, { headers: { 'x-forwarded-for': from } })));
  return (await Promise.all(calls)).map((r) => r.status);
}

const redisUrl = inject('redisUrl');

/**
 * Two API processes' worth of apps, each with its own listening server, as
 * behind a load balancer: with REDIS_URL they count one address together.
 */
describe.runIf(redisUrl)('rate limits shared through Redis (REDIS_URL)', () => {
  let a: TestApp;
  let b: TestApp;
  let bases: string[];
  beforeAll(async () => {
    const env = { REDIS_URL: redisUrl!, RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: 'true' };
    a = await startTestApp('sqlite', env);
    b = await startTestApp('sqlite', env);
    bases = [await listen(a), await listen(b)];
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('an address gets the limit once across two processes, however its requests are spread', async () => {
    const statuses = await burst(bases, LIMIT, someAddress());
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(LIMIT);
    // Another address has its own count.
    expect((await burst(bases, 1, someAddress())).every((s) => s === 200)).toBe(true);
  });
});

describe('rate limits without a shared store', () => {
  it('each process counts on its own (the reason REDIS_URL exists)', async () => {
    const env = { RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: 'true' };
    const a = await startTestApp('sqlite', env);
    const b = await startTestApp('sqlite', env);
    try {
      const statuses = await burst([await listen(a), await listen(b)], LIMIT, someAddress());
      expect(statuses.filter((s) => s === 200)).toHaveLength(2 * LIMIT);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('with Redis unreachable, requests still get answers (not 500s) and the log says limits are off', async () => {
    const t = await startTestApp('sqlite', { REDIS_URL: 'redis://127.0.0.1:1/0', RATE_LIMIT_PER_MINUTE: String(LIMIT), TRUST_PROXY: 'true' });
    try {
      const statuses = await burst([await listen(t)], 3, someAddress());
      expect(statuses).toEqual([200, 200, 200]);
      expect(t.logs.join('')).toContain('Redis is not answering');
    } finally {
      await t.close();
    }
  });

  it.each(testEngines().filter((e) => e === 'postgresql'))('on %s without REDIS_URL, the log warns that limits are per process', async (engine) => {
    const t = await startTestApp(engine);
    try {
      expect(t.logs.join('')).toContain('REDIS_URL is not set');
    } finally {
      await t.close();
    }
  });
});
