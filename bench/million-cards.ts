// npm run bench:million: the API on a PostgreSQL database seeded in bulk (SQL
// generate_series, not the API) with 1,000 and then 1,000,000 cards, and the
// same figures for both: whether issuing a card works first time and what it
// costs, verify throughput and p99 at 50 connections (distinct tokens), holder
// search p95, and the status list's full and incremental build times. A bare
// Fastify route runs in the same process for the ratio. Takes a few minutes;
// figures are printed and written to bench/million-results.json. Nothing is asserted.
//
// BENCH_POSTGRES_URL (default postgresql://root@127.0.0.1:5432/test) names a
// server where this may create and drop databases of its own; BENCH_SIZES
// (default 1000,1000000) the card counts. BENCH_KEEP=1 keeps each seeded
// database (million_bench_<cards>) for the next run, which applies any new
// migrations to it and skips the seeding: for EXPLAIN ANALYZE with psql and
// quick re-runs. Drop them by hand when done.
import { randomInt } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { buildApp } from '../api/src/app.ts';
import { ensureFirstAdmin } from '../api/src/auth/ensure-first-admin.ts';
import { signCardToken } from '../api/src/cards/card-token.ts';
import { loadConfig } from '../api/src/config.ts';
import { openDatabase } from '../api/src/db/database.ts';
import { applyMigrations } from '../api/src/db/migrate.ts';
import { activeSigningKey } from '../api/src/keys/active-signing-key.ts';
import { STATUS_LIST_SIZE } from '../api/src/verify/status-list.ts';

const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://root@127.0.0.1:5432/test';
const SIZES = (process.env.BENCH_SIZES ?? '1000,1000000').split(',').map(Number);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const SAMPLE = 500;
const PASSWORD = 'benchmark kettle windowsill';
const KEEP = process.env.BENCH_KEEP === '1';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};

async function withAdmin<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/**
 * Holders and cards in bulk, with status indexes as issuing leaves them: every list but the last full, and
 * the last holding random positions (a contiguous block there would make every new card's search for a free
 * position walk it). 2% revoked (a month ago, one in 10,000 cards in the last minutes). */
async function seed(url: string, cards: number, kid: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`INSERT INTO "Holder" ("id", "givenName", "familyName", "dateOfBirth", "consentBy", "consentAt", "consentMethod", "searchText", "createdAt", "updatedAt")
      SELECT 'bulk-h-' || n, 'Bulk' || n, 'Carer' || (n % 1000), '2012-01-01', 'parent', now() AT TIME ZONE 'utc', 'written',
             'bulk' || n || ' carer' || (n % 1000), now() AT TIME ZONE 'utc', now() AT TIME ZONE 'utc'
      FROM generate_series(1, $1::int) n`, [cards]);
    await client.query(`INSERT INTO "Card" ("id", "number", "holderId", "status", "statusIndex", "kid", "token", "template", "issuedAt", "expiresAt", "statusChangedAt", "statusReason")
      SELECT 'bulk-c-' || n, 'BULK' || lpad(n::text, 11, '0'), 'bulk-h-' || n, CASE WHEN n % 50 = 0 THEN 'revoked' ELSE 'active' END, idx, $2,
             'bulk', 'standard', now() AT TIME ZONE 'utc' - interval '1 day', now() AT TIME ZONE 'utc' + interval '300 days',
             CASE WHEN n % 50 = 0 THEN now() AT TIME ZONE 'utc' - CASE WHEN n % 10000 = 0 THEN interval '2 minutes' ELSE interval '30 days' END END,
             CASE WHEN n % 50 = 0 THEN 'lost' END
      FROM (SELECT idx, row_number() OVER (ORDER BY random()) AS n FROM (
        SELECT i AS idx FROM generate_series(0, $3::int - 1) i
        UNION ALL (SELECT i FROM generate_series($3::int, $3::int + ${STATUS_LIST_SIZE - 1}) i ORDER BY random() LIMIT $1::int - $3::int)
      ) taken) s`, [cards, kid, Math.floor((cards - 1) / STATUS_LIST_SIZE) * STATUS_LIST_SIZE]);
    // As autovacuum leaves a database in service: statistics and the visibility map (which index-only scans need) up to date.
    await client.query('VACUUM (ANALYZE)');
  } finally {
    await client.end();
  }
}

async function measure(cards: number, bareUrl: string) {
  const name = KEEP ? `million_bench_${cards}` : `ycards_bench_${cards}_${Date.now()}`;
  const exists = await withAdmin(async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
  if (!exists) await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  // A kept database keeps its signing key: so its data directory is kept too.
  const dataDir = KEEP ? path.join(tmpdir(), name) : mkdtempSync(path.join(tmpdir(), 'ycards-million-'));
  mkdirSync(dataDir, { recursive: true });
  const config = loadConfig(
    {
      NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, DATABASE_URL: url.toString(),
      RATE_LIMIT_PER_MINUTE: '1000000', VERIFY_RATE_LIMIT_PER_MINUTE: '1000000', ADMIN_EMAIL: 'bench@carers.test', ADMIN_PASSWORD: PASSWORD,
    },
    { webDist: undefined },
  );
  await applyMigrations(config.database);
  const app = await buildApp(config, await openDatabase(config.database));
  try {
    await ensureFirstAdmin(app.deps, { firstAdmin: config.firstAdmin });
    const signing = await activeSigningKey(app.deps);
    const seedStarted = performance.now();
    if (!exists) await seed(url.toString(), cards, signing.kid);
    const seedSeconds = Math.round((performance.now() - seedStarted) / 100) / 10;

    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@carers.test', password: PASSWORD }) });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const staff = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };

    // Status list: the first build reads every listed card; the next reads only the lately changed.
    let started = performance.now();
    await app.deps.statusList.current();
    const statusListFullMs = Math.round(performance.now() - started);
    app.deps.statusList.invalidate();
    started = performance.now();
    await app.deps.statusList.current();
    const statusListIncrementalMs = Math.round(performance.now() - started);

    // Issuing through the API, 20 new young carers one after the other: every one must work at the first request.
    const issueMs: number[] = [];
    const issueStatuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const holder = await fetch(`${base}/api/holders`, {
        method: 'POST', headers: staff,
        body: JSON.stringify({ givenName: 'Fresh', familyName: `Issue${i}`, dateOfBirth: '2013-01-01', consentBy: 'parent', consentAt: '2026-01-10T10:00:00.000Z', consentMethod: 'written' }),
      });
      const { holder: { id } } = (await holder.json()) as { holder: { id: string } };
      started = performance.now();
      const issued = await fetch(`${base}/api/holders/${id}/cards`, { method: 'POST', headers: staff, body: '{}' });
      issueMs.push(performance.now() - started);
      issueStatuses.push(issued.status);
    }

    // Tokens for a random sample of the seeded cards, signed as issuing would.
    const { rows } = await withAdmin(async () => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return await client.query<{ id: string; statusIndex: number }>(
          `SELECT "id", "statusIndex" FROM "Card" WHERE "status" = 'active' AND "id" LIKE 'bulk-c-%' AND "id" = ANY($1)`,
          [Array.from({ length: SAMPLE * 2 }, () => `bulk-c-${randomInt(1, cards + 1)}`)],
        );
      } finally {
        await client.end();
      }
    });
    const now = new Date();
    const bodies = await Promise.all(
      rows.slice(0, SAMPLE).map(async (r) =>
        JSON.stringify({
          token: await signCardToken(signing, app.deps.config.cards.issuer, {
            cardId: r.id, name: 'Bulk', statusIndex: r.statusIndex, issuedAt: new Date(now.getTime() - 86_400_000), expiresAt: new Date(now.getTime() + 200 * 86_400_000),
          }),
        }),
      ),
    );
    const check = await fetch(`${base}/api/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[0] });
    const firstResult = ((await check.json()) as { result: string }).result;

    let next = 0;
    const verify = await autocannon({
      url: `${base}/api/v1/verify`, connections: 50, duration: DURATION_S, method: 'POST', headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
    });
    const bare = await autocannon({ url: bareUrl, connections: 50, duration: DURATION_S });

    // Holder search as staff type it: a name that matches one young carer, 100 times in sequence.
    const searchMs: number[] = [];
    for (let i = 0; i < 100; i++) {
      const q = `bulk${randomInt(1, cards + 1)}`;
      started = performance.now();
      const answer = await fetch(`${base}/api/holders?q=${q}`, { headers: staff });
      await answer.arrayBuffer();
      searchMs.push(performance.now() - started);
    }

    return {
      cards,
      seedSeconds,
      firstVerifyResult: firstResult,
      issueFirstTime: issueStatuses.every((s) => s === 201) ? 'all 20 at the first request' : `statuses ${issueStatuses.join(',')}`,
      issueMedianMs: percentile(issueMs, 50),
      verifyRps: Math.round(verify.requests.average),
      verifyVsBare: Math.round((verify.requests.average / bare.requests.average) * 100) / 100,
      bareRps: Math.round(bare.requests.average),
      verifyP99Ms: verify.latency.p99,
      verifyErrors: verify.errors + verify.non2xx,
      searchP95Ms: percentile(searchMs, 95),
      searchMedianMs: percentile(searchMs, 50),
      statusListFullMs,
      statusListIncrementalMs,
    };
  } finally {
    await app.close();
    if (!KEEP) await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    if (!KEEP) rmSync(dataDir, { recursive: true, force: true });
  }
}

const bare = Fastify();
bare.get('/bare', async () => ({ status: 'ok' }));
await bare.listen({ port: 0, host: '127.0.0.1' });
const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`;
const results = [];
for (const size of SIZES) {
  process.stdout.write(`seeding and measuring ${size} cards...\n`);
  results.push(await measure(size, bareUrl));
}
await bare.close();
console.table(results);
writeFileSync('bench/million-results.json', `${JSON.stringify({ at: new Date().toISOString(), node: process.version, durationSeconds: DURATION_S, results }, null, 2)}\n`);
process.stdout.write('written to bench/million-results.json\n');
