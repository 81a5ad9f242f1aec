// CSV import figures for npm run bench (see run.ts): a register of 10,000
// rows uploaded, mapped (the dry run) and imported over HTTP, polled every half
// second (the page polls every second; every 50 ms until the first progress, to time it). Reported, never asserted.
import { REGISTER_MAPPING, registerCsv } from '../tests/support/register-csv.ts';

export type ImportFigures = {
  rows: number;
  uploadSeconds: number;
  dryRunSeconds: number;
  /** From "run" to the first progress a poll could see */
  firstProgressSeconds: number;
  runSeconds: number;
  /** Rows imported per second, from upload to done */
  rowsPerSecondEndToEnd: number;
  rowsPerSecondRun: number;
  /** CPU time of this process (server and client) from upload to done: unlike wall time, not stretched by other load on the machine */
  cpuSeconds: number;
  rowsPerCpuSecond: number;
  /** CPU milliseconds per row: upload, dry run and run (each step's CPU divided by the rows) */
  cpuMsPerRow: { upload: number; dryRun: number; run: number; total: number };
  rssBeforeMb: number;
  peakRssGrowthMb: number;
  /** The most the JS heap grew above where it started (sampled every 20 ms) */
  peakHeapGrowthMb: number;
};

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function benchImport(base: string, accessToken: string, rows = 10_000): Promise<ImportFigures> {
  const auth = { authorization: `Bearer ${accessToken}` };
  const csv = registerCsv({ rows, prefix: 'Bench' });
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = rssBefore;
  let peakHeap = heapBefore;
  const sampler = setInterval(() => {
    const usage = process.memoryUsage();
    peak = Math.max(peak, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 20);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'register.csv');
  const uploaded = await fetch(`${base}/api/imports`, { method: 'POST', headers: auth, body: form });
  if (uploaded.status !== 201) throw new Error(`upload answered ${uploaded.status}`);
  const { job } = (await uploaded.json()) as { job: { id: string } };
  const afterUpload = performance.now();
  const cpuUpload = process.cpuUsage(cpuBefore);
  const mapped = await fetch(`${base}/api/imports/${job.id}/mapping`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(REGISTER_MAPPING) });
  if (mapped.status !== 200) throw new Error(`mapping answered ${mapped.status}`);
  const afterMapping = performance.now();
  const cpuMapping = process.cpuUsage(cpuBefore);
  // BENCH_HEAP=file.heapprofile: V8's sampling heap profile of the run (every allocation, collected or not), to find where garbage comes from.
  const { Session } = await import('node:inspector/promises');
  const session = process.env.BENCH_HEAP ? new Session() : undefined;
  if (session) {
    session.connect();
    await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
  }
  const run = await fetch(`${base}/api/imports/${job.id}/run`, { method: 'POST', headers: auth });
  if (run.status !== 202) throw new Error(`run answered ${run.status}`);
  let firstProgress: number | undefined;
  for (;;) {
    const polled = (await (await fetch(`${base}/api/imports/${job.id}`, { headers: auth })).json()) as { job: { status: string; counts: { done: number } } };
    if (firstProgress === undefined && polled.job.counts.done > 0) firstProgress = performance.now();
    if (polled.job.status === 'done') break;
    // Every 50 ms until the first progress (so its time is measured to within 50 ms), then every half second.
    await new Promise((resolve) => setTimeout(resolve, firstProgress === undefined ? 50 : 500));
  }
  const finished = performance.now();
  if (session) {
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: unknown };
    (await import('node:fs')).writeFileSync(process.env.BENCH_HEAP!, JSON.stringify({ head: (profile as { head: unknown }).head }));
  }
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const ms = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;
  const perRow = (milliseconds: number) => round(milliseconds / rows, 3);
  return {
    rows,
    uploadSeconds: round((afterUpload - started) / 1000, 2),
    dryRunSeconds: round((afterMapping - afterUpload) / 1000, 2),
    firstProgressSeconds: round(((firstProgress ?? finished) - afterMapping) / 1000, 2),
    runSeconds: round((finished - afterMapping) / 1000, 2),
    rowsPerSecondEndToEnd: Math.round(rows / ((finished - started) / 1000)),
    rowsPerSecondRun: Math.round(rows / ((finished - afterMapping) / 1000)),
    cpuSeconds: round(cpuSeconds, 2),
    rowsPerCpuSecond: Math.round(rows / cpuSeconds),
    cpuMsPerRow: {
      upload: perRow(ms(cpuUpload)),
      dryRun: perRow(ms(cpuMapping) - ms(cpuUpload)),
      run: perRow(ms(cpu) - ms(cpuMapping)),
      total: perRow(ms(cpu)),
    },
    rssBeforeMb: mb(rssBefore),
    peakRssGrowthMb: mb(peak - rssBefore),
    peakHeapGrowthMb: mb(peakHeap - heapBefore),
  };
}

export type ImportCardsFigures = { cards: number; seconds: number; cardsPerSecond: number; cpuSeconds: number };

/**
 * Cards for everyone imported: a register of `rows` imported, then the card
 * batch started over HTTP and polled to the end. Each card is signed, stored
 * and audited in its own transaction, so this is cards/s of the batch job.
 */
export async function benchImportCards(base: string, accessToken: string, rows = 1000): Promise<ImportCardsFigures> {
  const auth = { authorization: `Bearer ${accessToken}` };
  const form = new FormData();
  form.append('file', new Blob([registerCsv({ rows, prefix: 'BenchCards' })], { type: 'text/csv' }), 'register.csv');
  const { job } = (await (await fetch(`${base}/api/imports`, { method: 'POST', headers: auth, body: form })).json()) as { job: { id: string } };
  await fetch(`${base}/api/imports/${job.id}/mapping`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(REGISTER_MAPPING) });
  await fetch(`${base}/api/imports/${job.id}/run`, { method: 'POST', headers: auth });
  const until = async (done: (job: { status: string; cards: { status: string; issued: number } }) => boolean) => {
    for (;;) {
      const polled = (await (await fetch(`${base}/api/imports/${job.id}`, { headers: auth })).json()) as { job: { status: string; cards: { status: string; issued: number } } };
      if (done(polled.job)) return polled.job;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  };
  await until((j) => j.status === 'done');
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const start = await fetch(`${base}/api/imports/${job.id}/cards`, { method: 'POST', headers: auth });
  if (start.status !== 202) throw new Error(`cards answered ${start.status}`);
  const finished = await until((j) => j.cards.status === 'done');
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { cards: finished.cards.issued, seconds: round(seconds, 2), cardsPerSecond: Math.round(finished.cards.issued / seconds), cpuSeconds: round((cpu.user + cpu.system) / 1e6, 2) };
}

/**
 * `npx tsx bench/import.ts` runs only the import figures, on a fresh SQLite
 * database (or PostgreSQL with DATABASE_URL=postgresql://...): the server
 * runs in this process, so memory and CPU are the server's plus the small
 * client's. BENCH_IMPORT_ROWS sets the rows (10,000).
 */
async function main(): Promise<void> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { buildApp } = await import('../api/src/app.ts');
  const { ensureFirstAdmin } = await import('../api/src/auth/ensure-first-admin.ts');
  const { loadConfig } = await import('../api/src/config.ts');
  const { openDatabase } = await import('../api/src/db/database.ts');
  const { applyMigrations } = await import('../api/src/db/migrate.ts');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ycards-bench-import-'));
  // PostgreSQL: a database of its own, made here and dropped at the end.
  const pg = (await import('pg')).default;
  const adminUrl = process.env.DATABASE_URL;
  let databaseUrl: string | undefined;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const dbName = `ycards_bench_${Date.now()}`;
  if (adminUrl) {
    await admin(`CREATE DATABASE "${dbName}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    databaseUrl = url.toString();
  }
  const password = 'benchmark kettle windowsill';
  const config = loadConfig(
    {
      NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '1000000',
      ADMIN_EMAIL: 'bench@carers.test', ADMIN_PASSWORD: password, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    { webDist: undefined },
  );
  await applyMigrations(config.database);
  const app = await buildApp(config, await openDatabase(config.database));
  try {
    await ensureFirstAdmin(app.deps, { firstAdmin: config.firstAdmin });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@carers.test', password }) });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const figures = await benchImport(base, accessToken, Number(process.env.BENCH_IMPORT_ROWS ?? 10_000));
    console.log(JSON.stringify({ engine: config.database.engine, ...figures }, null, 2));
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
    if (adminUrl) await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  }
}

if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) await main();
