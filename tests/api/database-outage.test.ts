import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations } from '../../api/src/db/migrate.ts';
import { insertHolder } from '../support/holders.ts';
import { appFromEnv, timed, timeUntil } from '../support/outage.ts';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.ts';
import { bearer, createStaffMember, loginAs } from '../support/test-app.ts';
import { createTestDatabase, withClient, type TestDatabase } from '../support/test-database.ts';

/**
 * PostgreSQL going away under a running API, for real: connections killed with
 * pg_terminate_backend, statements held up by a lock, and (through a TCP proxy
 * in front of the real server) a blackholed network, reset connections and a
 * refused port. Two apps share one database: `direct` connects straight to
 * PostgreSQL (query timeout 5 s), `proxied` through the proxy with 1 s timeouts.
 */
const report = (line: string) => process.stdout.write(`  [outage] ${line}\n`);

describe.skipIf(!inject('postgresUrl'))('PostgreSQL outages while the API runs', () => {
  let testDb: TestDatabase;
  let proxy: TcpProxy;
  let direct: FastifyInstance;
  let directLogs: string[];
  let proxied: FastifyInstance;
  let proxiedLogs: string[];
  let staffToken: string;
  let adminToken: string;
  let card: { number: string; token: string };
  /** Holders whose creation was acknowledged (201): all must be there at the end. */
  const acknowledged: string[] = [];

  const verify = (app: FastifyInstance, payload: object) =>
    app.inject({ method: 'POST', url: '/api/v1/verify', payload, headers: { 'content-type': 'application/json' } });
  const search = (app: FastifyInstance) => app.inject({ method: 'GET', url: '/api/holders?q=Amelia', headers: bearer(staffToken) });
  const ready = (app: FastifyInstance) => app.inject({ method: 'GET', url: '/api/ready' });
  let counter = 0;
  const createHolder = async (app: FastifyInstance) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/holders',
      headers: bearer(staffToken),
      payload: { givenName: 'Amelia', familyName: `Outage${++counter}z`, dateOfBirth: '2013-05-17', consentBy: 'parent', consentAt: '2026-01-10T10:00:00.000Z', consentMethod: 'written' },
    });
    if (response.statusCode === 201) acknowledged.push(response.json().holder.id as string);
    return response;
  };

  /** 503 DATABASE_UNAVAILABLE with Retry-After, and none of the driver's words. */
  const expectUnavailable = (response: LightMyRequestResponse | undefined, label: string) => {
    expect(response?.statusCode, `${label}: ${response?.body}`).toBe(503);
    expect(response?.json().error.code, label).toBe('DATABASE_UNAVAILABLE');
    expect(Number(response?.headers['retry-after']), label).toBeGreaterThan(0);
    expect(response?.body, label).not.toMatch(/terminat|timeout|ECONN|Prisma|pg_|SQL/i);
  };
  const expectNotReady = (response: LightMyRequestResponse | undefined, label: string) => {
    expect(response?.statusCode, `${label}: ${response?.body}`).toBe(503);
    expect(response?.json().error.code, label).toBe('NOT_READY');
    expect(Number(response?.headers['retry-after']), label).toBeGreaterThan(0);
  };
  /** Verify's only honest answers: the real one, or "the database is away". Never a 500, never a not_valid for a valid card. */
  const expectValidOrUnavailable = (response: LightMyRequestResponse | undefined, label: string) => {
    expect(response, `${label}: no answer`).toBeDefined();
    if (response!.statusCode === 503) expectUnavailable(response, label);
    else {
      expect(response!.statusCode, `${label}: ${response!.body}`).toBe(200);
      expect(response!.json().result, label).toBe('valid');
    }
  };
  const killAllConnections = (url: string) =>
    withClient(url, (c) => c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()'));

  /** Every pool works: verify (its own pool), the staff session check (the read connection) and a staff search (Prisma, in a transaction) answer 200, each within 5 s. */
  const expectHealthy = async (app: FastifyInstance, label: string, rounds = 5) => {
    for (let i = 0; i < rounds; i++) {
      const [v, s] = await Promise.all([timed(verify(app, { cardNumber: card.number }), 5_000), timed(search(app), 5_000)]);
      expect(v.answer?.statusCode, `${label}: verify round ${i} ${v.answer?.body ?? 'no answer within 5 s'}`).toBe(200);
      expect(v.answer?.json().result, label).toBe('valid');
      expect(s.answer?.statusCode, `${label}: search round ${i} ${s.answer?.body ?? 'no answer within 5 s'}`).toBe(200);
    }
  };

  beforeAll(async () => {
    testDb = await createTestDatabase('postgresql');
    await applyMigrations(testDb.target);
    const url = (testDb.target as { url: string }).url;
    proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(url).port || 5432) });
    const common = { DATA_DIR: testDb.dataDir, RATE_LIMIT_PER_MINUTE: '100000', VERIFY_RATE_LIMIT_PER_MINUTE: '100000' };
    ({ app: direct, logs: directLogs } = await appFromEnv({ ...common, DATABASE_URL: url, DATABASE_CONNECT_TIMEOUT_MS: '2000', DATABASE_QUERY_TIMEOUT_MS: '5000' }));
    ({ app: proxied, logs: proxiedLogs } = await appFromEnv({
      ...common,
      DATABASE_URL: proxy.urlFor(url),
      DATABASE_CONNECT_TIMEOUT_MS: '1000',
      DATABASE_QUERY_TIMEOUT_MS: '1000',
    }));
    staffToken = (await loginAs(direct, await createStaffMember(direct, 'staff'))).accessToken;
    adminToken = (await loginAs(direct, await createStaffMember(direct, 'admin'))).accessToken;
    const holder = await insertHolder(direct);
    const issued = await direct.inject({ method: 'POST', url: `/api/holders/${holder.id}/cards`, headers: bearer(staffToken), payload: {} });
    card = issued.json().card;
    expect((await createHolder(direct)).statusCode).toBe(201);
  });
  afterAll(async () => {
    await Promise.all([direct?.close(), proxied?.close()].map((p) => timed(p ?? Promise.resolve(), 15_000)));
    await proxy?.close();
    await testDb?.drop();
  });

  it('answers 503 for the queries pg_terminate_backend cuts off, and both pools (verify and Prisma) work again at once', async () => {
    await expectHealthy(direct, 'before');
    const url = (testDb.target as { url: string }).url;
    const inFlight = await withClient(url, async (locker) => {
      // Hold every verify lookup and every staff search (a Prisma transaction) at a lock, so they are
      // surely in flight when their connections are killed: 12 searches for Prisma's pool of 10, 6 verify calls for its pool of 4.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Card", "Holder" IN ACCESS EXCLUSIVE MODE');
      const calls = [
        ...Array.from({ length: 12 }, () => timed(search(direct), 20_000)),
        ...Array.from({ length: 6 }, () => timed(verify(direct, { cardNumber: card.number }), 20_000)),
      ];
      // From another connection: inside a transaction, pg_stat_activity is a snapshot taken at first use.
      const waiting = await withClient(url, (watcher) =>
        timeUntil(async () => {
          const { rows } = await watcher.query<{ n: number }>(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
          );
          return (rows[0]?.n ?? 0) >= 14;
        }, 5_000, 20),
      );
      expect(waiting, '14 statements waiting at the lock').toBeDefined();
      await locker.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      await locker.query('ROLLBACK');
      return Promise.all(calls);
    });
    const statuses = inFlight.map((c) => c.answer?.statusCode ?? 'no answer');
    report(`pg_terminate_backend of 14 statements in flight (+4 queued): ${JSON.stringify(statuses)}`);
    for (const [i, call] of inFlight.entries()) {
      expect(call.answer, `call ${i} answered`).toBeDefined();
      if (i < 12) {
        if (call.answer!.statusCode !== 200) expectUnavailable(call.answer, `search ${i}`);
      } else expectValidOrUnavailable(call.answer, `verify ${i}`);
    }
    expect(statuses.filter((s) => s === 503).length, 'the killed statements answer 503').toBeGreaterThanOrEqual(10);
    // The driver's error is in the log, not in the answer.
    expect(directLogs.join('')).toContain('terminating connection due to administrator command');
    await expectHealthy(direct, 'after the kill');
  });

  it('rides out repeated pg_terminate_backend under verify and staff traffic: never 500, never not_valid, healthy afterwards', async () => {
    const url = (testDb.target as { url: string }).url;
    const answers: (LightMyRequestResponse | undefined)[] = [];
    const searches: (LightMyRequestResponse | undefined)[] = [];
    let running = true;
    const worker = async (kind: number) => {
      while (running) {
        if (kind === 0) answers.push((await timed(verify(direct, { cardNumber: card.number }), 10_000)).answer);
        else if (kind === 1) answers.push((await timed(verify(direct, { token: card.token }), 10_000)).answer);
        else searches.push((await timed(search(direct), 10_000)).answer);
      }
    };
    const workers = [0, 1, 2, 2].map(worker);
    let kills = 0;
    const until = Date.now() + 3_000;
    while (Date.now() < until) {
      await new Promise((r) => setTimeout(r, 150));
      await killAllConnections(url);
      kills += 1;
    }
    running = false;
    await Promise.all(workers);
    const count = (list: (LightMyRequestResponse | undefined)[], status: number) => list.filter((r) => r?.statusCode === status).length;
    report(
      `${kills} kills in 3 s: verify ${answers.length} calls (${count(answers, 200)} × 200, ${count(answers, 503)} × 503, ${count(answers, 500)} × 500), ` +
        `search ${searches.length} calls (${count(searches, 200)} × 200, ${count(searches, 503)} × 503, ${count(searches, 500)} × 500)`,
    );
    answers.forEach((r, i) => expectValidOrUnavailable(r, `verify ${i}`));
    searches.forEach((r, i) => {
      expect(r, `search ${i}: no answer`).toBeDefined();
      if (r!.statusCode !== 200) expectUnavailable(r, `search ${i}`);
    });
    await expectHealthy(direct, 'after the kills', 10);
  });

  it('cuts a statement held up longer than DATABASE_QUERY_TIMEOUT_MS with 503, not a wait as long as the hold', async () => {
    const url = (testDb.target as { url: string }).url;
    const held = await withClient(url, async (locker) => {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE "Card", "Holder" IN ACCESS EXCLUSIVE MODE');
      try {
        return await Promise.all([timed(verify(proxied, { cardNumber: card.number }), 8_000), timed(search(proxied), 8_000)]);
      } finally {
        await locker.query('ROLLBACK');
      }
    });
    report(`statements held at a lock, 1 s query timeout: verify ${held[0].answer?.statusCode ?? 'no answer'} in ${held[0].ms} ms, search ${held[1].answer?.statusCode ?? 'no answer'} in ${held[1].ms} ms`);
    for (const [i, h] of held.entries()) {
      expectUnavailable(h.answer, `held ${i}`);
      expect(h.ms).toBeLessThan(4_000);
    }
    await expectHealthy(proxied, 'after the hold', 2);
  });

  it('answers within seconds while the database is blackholed (ready 503 NOT_READY, verify and staff 503), and recovers by itself', async () => {
    await expectHealthy(proxied, 'before', 2);
    expect((await ready(proxied)).statusCode).toBe(200);
    await proxy.blackhole();
    try {
      // Twice: first on the pooled connections (which go quiet), then on new ones (which never finish connecting).
      for (const round of [1, 2]) {
        const [r, vNumber, vToken, s, c] = await Promise.all([
          timed(ready(proxied), 15_000),
          timed(verify(proxied, { cardNumber: card.number }), 15_000),
          timed(verify(proxied, { token: card.token }), 15_000),
          timed(search(proxied), 15_000),
          timed(createHolder(proxied), 15_000),
        ]);
        report(
          `blackholed, round ${round}: ready ${r.answer?.statusCode ?? 'no answer'} in ${r.ms} ms, verify ${vNumber.answer?.statusCode ?? 'no answer'} in ${vNumber.ms} ms / ` +
            `${vToken.answer?.statusCode ?? 'no answer'} in ${vToken.ms} ms, search ${s.answer?.statusCode ?? 'no answer'} in ${s.ms} ms, create ${c.answer?.statusCode ?? 'no answer'} in ${c.ms} ms`,
        );
        expectNotReady(r.answer, 'ready');
        expect(r.ms, 'ready answers within 2.5 s').toBeLessThan(2_500);
        for (const [label, call] of [['verify by number', vNumber], ['verify by token', vToken], ['search', s], ['create', c]] as const) {
          expectUnavailable(call.answer, `${label}, round ${round}`);
          expect(call.ms, `${label} answers within 5 s`).toBeLessThan(5_000);
        }
      }
    } finally {
      await proxy.pass();
    }
    const back = await timeUntil(async () => (await ready(proxied)).statusCode === 200 && (await verify(proxied, { cardNumber: card.number })).statusCode === 200 && (await search(proxied)).statusCode === 200, 10_000, 50);
    report(`blackhole lifted: ready, verify and search answer 200 after ${back ?? 'more than 10000'} ms`);
    expect(back).toBeDefined();
    await expectHealthy(proxied, 'after the blackhole');
    expect(proxiedLogs.join('')).toMatch(/Query read timeout|Connection terminated due to connection timeout|timeout exceeded/);
  });

  it('answers 503, not 500, when connections are reset; healthy again at once', async () => {
    await expectHealthy(proxied, 'before', 2);
    // Every open connection gets an RST; the proxy still passes new ones.
    proxy.reset();
    const afterReset = await Promise.all([
      timed(verify(proxied, { cardNumber: card.number }), 10_000),
      timed(search(proxied), 10_000),
      timed(createHolder(proxied), 10_000),
    ]);
    report(`connections reset: ${JSON.stringify(afterReset.map((c) => c.answer?.statusCode ?? 'no answer'))}`);
    expectValidOrUnavailable(afterReset[0].answer, 'verify after reset');
    for (const call of afterReset.slice(1)) if (call.answer?.statusCode !== 200 && call.answer?.statusCode !== 201) expectUnavailable(call.answer, 'after reset');
    await expectHealthy(proxied, 'after the reset');
  });

  it('answers 503, not 500, while the port refuses connections; recovers by itself', async () => {
    await expectHealthy(proxied, 'before', 2);
    // Refused: open connections are reset, and new ones get ECONNREFUSED.
    await proxy.refuse();
    try {
      const [r, v, s, c] = await Promise.all([
        timed(ready(proxied), 10_000),
        timed(verify(proxied, { cardNumber: card.number }), 10_000),
        timed(search(proxied), 10_000),
        timed(createHolder(proxied), 10_000),
      ]);
      report(`refused: ready ${r.answer?.statusCode} in ${r.ms} ms, verify ${v.answer?.statusCode} in ${v.ms} ms, search ${s.answer?.statusCode} in ${s.ms} ms, create ${c.answer?.statusCode} in ${c.ms} ms`);
      expectNotReady(r.answer, 'ready');
      expectUnavailable(v.answer, 'verify');
      expectUnavailable(s.answer, 'search');
      expectUnavailable(c.answer, 'create');
    } finally {
      await proxy.pass();
    }
    const back = await timeUntil(async () => (await ready(proxied)).statusCode === 200 && (await verify(proxied, { cardNumber: card.number })).statusCode === 200, 10_000, 50);
    report(`port open again: ready and verify answer 200 after ${back ?? 'more than 10000'} ms`);
    expect(back).toBeDefined();
    await expectHealthy(proxied, 'after the refusal');
    expect((await createHolder(proxied)).statusCode).toBe(201);
  });

  it('keeps everything acknowledged before and during the outages', async () => {
    const found = await direct.db.holder.findMany({ where: { id: { in: acknowledged } }, select: { id: true } });
    expect(found.map((h) => h.id).sort()).toEqual([...acknowledged].sort());
    const chain = await direct.inject({ method: 'GET', url: '/api/audit/verify', headers: bearer(adminToken) });
    expect(chain.json()).toMatchObject({ intact: true, firstBrokenSeq: null });
  });
});
