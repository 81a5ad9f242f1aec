// npm run bench: throughput of the staff API against a bare Fastify route in
// the same run, the cost of a sign-in, card PDF time and print-sheet speed
// and memory (bench/pdf.ts), the referral duplicate check (bench/referrals.ts), a 10,000-row CSV import (bench/import.ts)
// and the cold verify page on a throttled phone (bench/verify-page.ts; needs `npm run build`). Figures are printed as a table and
// written to bench/results.json. Nothing here is asserted: benchmarks report.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../api/src/app.ts';
import { issueCard } from '../api/src/cards/issue-card.ts';
import { ensureFirstAdmin } from '../api/src/auth/ensure-first-admin.ts';
import { loadConfig } from '../api/src/config.ts';
import { openDatabase } from '../api/src/db/database.ts';
import { applyMigrations } from '../api/src/db/migrate.ts';
import { createInvitation } from '../api/src/invitations/create-invitation.ts';
import { redeemInvitation } from '../api/src/invitations/redeem-invitation.ts';
import { createPartnerKey } from '../api/src/partners/create-partner-key.ts';
import { createPartner } from '../api/src/partners/create-partner.ts';
import { benchAuditLog } from './audit.ts';
import { benchImport, benchImportCards } from './import.ts';
import { benchPdfs } from './pdf.ts';
import { benchReferralDuplicates } from './referrals.ts';
import { benchVerifyPage } from './verify-page.ts';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 20;

type Row = { name: string; requestsPerSecond: number; p50ms: number; p99ms: number; errors: number };

async function load(
  name: string,
  url: string,
  headers: Record<string, string> = {},
  bodies?: string[],
): Promise<Row> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: bodies ? { ...headers, 'content-type': 'application/json' } : headers,
    ...(bodies
      ? {
          method: 'POST' as const,
          requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
        }
      : {}),
  });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'ycards-bench-'));
const password = 'benchmark kettle windowsill';
const config = loadConfig(
  {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    RATE_LIMIT_PER_MINUTE: '1000000',
    VERIFY_RATE_LIMIT_PER_MINUTE: '1000000',
    PARTNER_RATE_LIMIT_PER_MINUTE: '1000000',
    ADMIN_EMAIL: 'bench@carers.test',
    ADMIN_PASSWORD: password,
  },
  { webDist: undefined },
);
await applyMigrations(config.database);
const app = await buildApp(config, await openDatabase(config.database));
await ensureFirstAdmin(app.deps, { firstAdmin: config.firstAdmin });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

const bare = Fastify();
bare.get('/bare', async () => ({ status: 'ok' }));
await bare.listen({ port: 0, host: '127.0.0.1' });
const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`;

const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'bench@carers.test', password }),
});
const { accessToken } = (await login.json()) as { accessToken: string };

// Distinct cards for the verify runs.
const CARDS = Number(process.env.BENCH_CARDS ?? 500);
const operator = { actor: null, ip: null };
const tokens: string[] = [];
for (let i = 0; i < CARDS; i++) {
  const holder = await app.db.holder.create({
    data: {
      id: randomUUID(), givenName: `Bench${i}`, familyName: 'Carer', dateOfBirth: '2013-01-01',
      consentBy: 'parent', consentAt: new Date(), consentMethod: 'written', searchText: `bench${i} carer`,
    },
  });
  tokens.push((await issueCard(app.deps, { context: operator, holderId: holder.id })).card.token);
}
const distinct = tokens.map((token) => JSON.stringify({ token }));

// A partner's till system (keyed calls), and a young carer's phone signed in to its own card.

const partner = await createPartner(app.deps, { context: operator, partner: { name: 'Bench Pool', category: 'leisure' } });
const { secret: partnerKey } = await createPartnerKey(app.deps, { context: operator, partnerId: partner.id, name: 'till 1' });
const firstCard = await app.db.card.findFirstOrThrow({ orderBy: { issuedAt: 'asc' } });
const { code } = await createInvitation(app.deps, { context: operator, cardId: firstCard.id, channel: 'print' });
const { token: deviceToken } = await redeemInvitation(app.deps, { context: operator, code, dateOfBirth: '2013-01-01' });
const invalid = tokens.map((token) => JSON.stringify({ token: `${token.slice(0, -3)}AAA` }));

const rows: Row[] = [];
rows.push(await load('bare Fastify JSON route', bareUrl));
rows.push(await load('GET /api/health (full app stack)', `${base}/api/health`));
rows.push(await load('GET /api/auth/me (token + session lookup)', `${base}/api/auth/me`, { authorization: `Bearer ${accessToken}` }));
rows.push(await load(`POST /api/v1/verify, ${CARDS} distinct valid tokens`, `${base}/api/v1/verify`, {}, distinct));
rows.push(await load('POST /api/v1/verify, one repeated valid token', `${base}/api/v1/verify`, {}, [distinct[0]!]));
rows.push(await load('POST /api/v1/verify, invalid signatures', `${base}/api/v1/verify`, {}, invalid));
rows.push(await load(`POST /api/v1/verify with a partner key, ${CARDS} tokens`, `${base}/api/v1/verify`, { 'x-partner-key': partnerKey }, distinct));
rows.push(await load("GET /api/my/card (a young carer's phone)", `${base}/api/my/card`, { cookie: `yc_device=${deviceToken}` }));
rows.push(await load('POST /api/v1/verify, typed card numbers (unknown)', `${base}/api/v1/verify`, {}, tokens.map(() => JSON.stringify({ cardNumber: 'YC-0000-0000-00000' }))));
// An audited write: each new young carer commits with its audit event, which waits its turn for the chain's head.
const newHolders = Array.from({ length: 500 }, (_, i) =>
  JSON.stringify({ givenName: 'Bench', familyName: `Writer${i}`, dateOfBirth: '2013-01-01', consentBy: 'parent', consentAt: '2026-01-10T10:00:00.000Z', consentMethod: 'written' }),
);
rows.push(await load('POST /api/holders (an audited write)', `${base}/api/holders`, { authorization: `Bearer ${accessToken}` }, newHolders));

// Sign-in is deliberately slow (scrypt); measure it sequentially.
const times: number[] = [];
for (let i = 0; i < 20; i++) {
  const started = performance.now();
  await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench@carers.test', password }),
  });
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const loginMedianMs = Math.round(times[Math.floor(times.length / 2)]!);

const pdf = await benchPdfs(app, base, accessToken, [200, 1000]);
const referrals = await benchReferralDuplicates(app, { holders: 10_000, referrals: 200 });
const auditLog = await benchAuditLog(app, { events: Number(process.env.BENCH_AUDIT_EVENTS ?? 100_000) });
const csvImport = await benchImport(base, accessToken, Number(process.env.BENCH_IMPORT_ROWS ?? 10_000));
const importCards = await benchImportCards(base, accessToken, Number(process.env.BENCH_IMPORT_CARDS ?? 1000));
// BENCH_WEB_DIST: another build to compare (an older commit's web/dist, say).
const verifyPage = await benchVerifyPage(config, process.env.BENCH_WEB_DIST ?? 'web/dist', Number(process.env.BENCH_PAGE_RUNS ?? 5));

await app.close();
await bare.close();
rmSync(dataDir, { recursive: true, force: true });

const bareRps = rows[0]!.requestsPerSecond;
const table = rows.map((r) => ({ ...r, 'vs bare': (r.requestsPerSecond / bareRps).toFixed(2) }));
process.stdout.write(`\n${DURATION_S}s per run, ${CONNECTIONS} connections, SQLite\n`);
console.table(table);
process.stdout.write(`sign-in (scrypt N=2^15), median of 20 sequential: ${loginMedianMs} ms\n`);
process.stdout.write(`card PDF render (standard, with photo), 200 runs: median ${pdf.cardRender.medianMs} ms, p95 ${pdf.cardRender.p95Ms} ms\n`);
process.stdout.write(
  `GET /api/cards/:id/pdf, 100 sequential: median ${pdf.cardEndpoint.medianMs} ms, p95 ${pdf.cardEndpoint.p95Ms} ms, ${Math.round(pdf.cardEndpoint.bytes / 1024)} KB\n`,
);
console.table(pdf.printSheets);
process.stdout.write(`audit log, one page of 50 among ${auditLog.events} events (SQLite); dashboard report ${auditLog.dashboardMs} ms\n`);
console.table(auditLog.pages);
process.stdout.write(
  `referral duplicate check, ${referrals.referrals} referrals against ${referrals.holders} holders: median ${referrals.medianMs} ms, p95 ${referrals.p95Ms} ms (${referrals.matchesFound} possible matches found)\n` +
  `CSV import of ${csvImport.rows} rows: upload ${csvImport.uploadSeconds} s, dry run ${csvImport.dryRunSeconds} s, first progress ${csvImport.firstProgressSeconds} s after run, ` +
    `run ${csvImport.runSeconds} s (${csvImport.rowsPerSecondRun} rows/s; ${csvImport.rowsPerSecondEndToEnd} rows/s from upload to done; ${csvImport.cpuSeconds} CPU s, ${csvImport.rowsPerCpuSecond} rows per CPU s), peak RSS growth ${csvImport.peakRssGrowthMb} MB\n` +
  `cards for everyone imported (batch job), ${importCards.cards} cards: ${importCards.seconds} s, ${importCards.cardsPerSecond} cards/s (${importCards.cpuSeconds} CPU s)\n` +
  `cold /v verdict (150 ms RTT, 1.6 Mbps, CPU 4x), median of ${verifyPage.runs}: ${verifyPage.verdictMedianMs} ms (runs ${verifyPage.verdictRunsMs.join(', ')}), ${Math.round(verifyPage.bytesBeforeVerdictMedian / 1024)} KB in ${verifyPage.requestsBeforeVerdict} requests before the verdict\n`,
);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, durationSeconds: DURATION_S, connections: CONNECTIONS, http: table, loginMedianMs, pdf, referrals, auditLog, csvImport, importCards, verifyPage }, null, 2)}\n`,
);
process.stdout.write('written to bench/results.json\n');
