// Imports across real server processes: a process killed (kill -9) in the
// middle of an import, then started again, finishes it with no young carer
// made twice and none lost; and the same file run by two processes at once
// still makes each young carer once. Likewise the card batch ("Issue cards
// for everyone imported"): killed mid-batch and restarted, everyone imported
// has exactly one current card, each with its audit event, and the print
// sheet holds each card once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-tools.ts';
import { REGISTER_MAPPING, registerCsv } from '../support/register-csv.ts';
import { freePort, spawnServer, type ServerProcess } from '../support/server-process.ts';
import { createTestDatabase, testEngines, withClient, type Engine } from '../support/test-database.ts';

const ADMIN = { email: 'import.admin@carers.test', password: 'correct horse battery staple' };
const ROWS = 2000;
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanUp of cleanups.reverse()) await cleanUp();
});

type Job = {
  id: string;
  status: string;
  counts: { done: number; created: number; unchanged: number; total: number };
  cards: { status: string; total: number; done: number; issued: number; alreadyHadCard: number; refused: number };
};

async function login(base: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  expect(response.status).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function api(base: string, token: string, method: string, url: string, body?: object): Promise<{ status: number; body: { job: Job } }> {
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as { job: Job } };
}

/** Upload and map: the import is at preview, ready to run. */
async function prepared(base: string, token: string, csv: string): Promise<string> {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'register.csv');
  const uploaded = await fetch(`${base}/api/imports`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  expect(uploaded.status).toBe(201);
  const { job } = (await uploaded.json()) as { job: Job };
  expect((await api(base, token, 'PUT', `/api/imports/${job.id}/mapping`, REGISTER_MAPPING)).status).toBe(200);
  return job.id;
}

async function poll(base: string, token: string, id: string, until: (job: Job) => boolean): Promise<Job> {
  for (;;) {
    const { body } = await api(base, token, 'GET', `/api/imports/${id}`);
    if (until(body.job)) return body.job;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function setUp(engine: Engine) {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ycards-import-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const env: Record<string, string> = { DATA_DIR: dataDir, LOG_LEVEL: 'warn', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, RATE_LIMIT_PER_MINUTE: '1000000' };
  let query: (sql: string) => Promise<Record<string, unknown>[]>;
  if (engine === 'postgresql') {
    const database = await createTestDatabase('postgresql');
    cleanups.push(() => database.drop());
    const url = (database.target as { url: string }).url;
    env.DATABASE_URL = url;
    query = (sql) => withClient(url, async (c) => (await c.query(sql)).rows as Record<string, unknown>[]);
  } else {
    query = async (sql) => {
      const db = new Database(path.join(dataDir, 'ycards.db'), { readonly: true, fileMustExist: true });
      try {
        return db.prepare(sql).all() as Record<string, unknown>[];
      } finally {
        db.close();
      }
    };
  }
  const start = async () => {
    const port = String(await freePort());
    const server = await spawnServer({ ...env, PORT: port, PUBLIC_URL: `http://127.0.0.1:${port}` });
    cleanups.push(() => server.stop('SIGKILL'));
    return server;
  };
  const count = async (sql: string) => Number(Object.values((await query(sql))[0]!)[0]);
  return { start, count, query };
}

describe('imports across server processes', () => {
  it.each(testEngines())('on %s: kill -9 mid-import, restart: the import finishes, nothing twice, nothing lost', { timeout: 300_000 }, async (engine) => {
    const { start, count, query } = await setUp(engine);
    let server: ServerProcess = await start();
    let token = await login(server.url);
    const id = await prepared(server.url, token, registerCsv({ rows: ROWS, prefix: 'Crash' }));
    expect((await api(server.url, token, 'POST', `/api/imports/${id}/run`)).status).toBe(202);
    // Killed once some batches have committed and others have not.
    const seen = await poll(server.url, token, id, (job) => job.counts.done > 0);
    server.child.kill('SIGKILL');
    await server.stop('SIGKILL');
    expect(seen.counts.done).toBeLessThan(ROWS);
    const atKill = await count(`SELECT count(*) FROM "Holder" WHERE "familyName" = 'CrashFamily'`);
    expect(atKill).toBeLessThan(ROWS);
    // Committed rows and created young carers match exactly, even at the kill.
    expect(await count(`SELECT count(*) FROM "ImportRow" WHERE "result" = 'created'`)).toBe(atKill);

    server = await start();
    token = await login(server.url);
    const done = await poll(server.url, token, id, (job) => job.status === 'done');
    expect(done.counts).toMatchObject({ total: ROWS, done: ROWS, created: ROWS });
    await server.stop('SIGTERM');
    expect(await count(`SELECT count(*) FROM "Holder" WHERE "familyName" = 'CrashFamily'`)).toBe(ROWS);
    expect(await count(`SELECT count(DISTINCT "reference") FROM "Holder" WHERE "familyName" = 'CrashFamily'`)).toBe(ROWS);
    // Every created young carer is named (by id) in exactly one committed import.rows event.
    const events = await query(`SELECT "details" FROM "AuditEvent" WHERE "action" = 'import.rows'`);
    const named = events.flatMap((event) => (JSON.parse(String(event.details)) as { created: string[] }).created);
    expect(named).toHaveLength(ROWS);
    expect(new Set(named).size).toBe(ROWS);
    expect(await count(`SELECT count(*) FROM "Holder" WHERE "familyName" = 'CrashFamily' AND "id" IN (SELECT "holderId" FROM "ImportRow")`)).toBe(ROWS);
  });

  it.each(testEngines())('on %s: the same file run by two processes at once makes each young carer once', { timeout: 300_000 }, async (engine) => {
    const { start, count } = await setUp(engine);
    const [a, b] = [await start(), await start()];
    const [tokenA, tokenB] = [await login(a.url), await login(b.url)];
    const csv = registerCsv({ rows: 1000, prefix: 'Twin' });
    // Prepared one after the other (each dry run is one long transaction; SQLite's writers take turns across processes for up to the busy timeout), then run at once.
    const idA = await prepared(a.url, tokenA, csv);
    const idB = await prepared(b.url, tokenB, csv);
    // On SQLite a process waits up to the busy timeout for another's write lock, then answers 503 DATABASE_UNAVAILABLE (Retry-After): retried as a client would.
    const run = async (base: string, token: string, id: string) => {
      for (;;) {
        const answer = await api(base, token, 'POST', `/api/imports/${id}/run`);
        if (answer.status !== 503) return answer;
      }
    };
    const runs = await Promise.all([run(a.url, tokenA, idA), run(b.url, tokenB, idB)]);
    expect(runs.map((r) => r.status)).toEqual([202, 202]);
    const [doneA, doneB] = await Promise.all([poll(a.url, tokenA, idA, (job) => job.status === 'done'), poll(b.url, tokenB, idB, (job) => job.status === 'done')]);
    expect(doneA.counts.created + doneB.counts.created).toBe(1000);
    expect(doneA.counts.unchanged + doneB.counts.unchanged).toBe(1000);
    await Promise.all([a.stop('SIGTERM'), b.stop('SIGTERM')]);
    expect(await count(`SELECT count(*) FROM "Holder" WHERE "familyName" = 'TwinFamily'`)).toBe(1000);
    expect(await count(`SELECT count(DISTINCT "reference") FROM "Holder" WHERE "familyName" = 'TwinFamily'`)).toBe(1000);
  });

  it.each(testEngines())('on %s: kill -9 mid card batch, restart: one current card each, each audited, the job finishes, the print sheet has each card once', { timeout: 300_000 }, async (engine) => {
    const CARDS = 150;
    const { start, count, query } = await setUp(engine);
    let server: ServerProcess = await start();
    let token = await login(server.url);
    const id = await prepared(server.url, token, registerCsv({ rows: CARDS, prefix: 'KillCards' }));
    expect((await api(server.url, token, 'POST', `/api/imports/${id}/run`)).status).toBe(202);
    await poll(server.url, token, id, (job) => job.status === 'done');
    expect((await api(server.url, token, 'POST', `/api/imports/${id}/cards`)).status).toBe(202);
    // Killed once some cards are issued and others are not.
    const seen = await poll(server.url, token, id, (job) => job.cards.done > 0);
    server.child.kill('SIGKILL');
    await server.stop('SIGKILL');
    expect(seen.cards.status).toBe('running');
    const cardsAtKill = await count(`SELECT count(*) FROM "Card"`);
    expect(cardsAtKill).toBeGreaterThan(0);
    expect(cardsAtKill).toBeLessThan(CARDS);
    // A row marked issued always names a committed card (a card may be committed just before its row is marked: the restart finds it by its idempotency key).
    expect(await count(`SELECT count(*) FROM "ImportRow" WHERE "cardResult" = 'issued' AND "cardId" NOT IN (SELECT "id" FROM "Card")`)).toBe(0);
    expect(await count(`SELECT count(*) FROM "ImportRow" WHERE "cardResult" = 'issued'`)).toBeLessThanOrEqual(cardsAtKill);

    server = await start();
    token = await login(server.url);
    const done = await poll(server.url, token, id, (job) => job.cards.status === 'done');
    expect(done.cards).toMatchObject({ status: 'done', total: CARDS, done: CARDS, issued: CARDS, alreadyHadCard: 0, refused: 0 });
    const result = (await (await fetch(`${server.url}/api/imports/${id}/cards`, { headers: { authorization: `Bearer ${token}` } })).json()) as { cardIds: string[]; issued: number };
    expect(result.issued).toBe(CARDS);
    expect(new Set(result.cardIds).size).toBe(CARDS);
    const sheet = await fetch(`${server.url}/api/print-sheets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ cardIds: result.cardIds }),
    });
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get('x-card-count')).toBe(String(CARDS));
    const text = pdfText(Buffer.from(await sheet.arrayBuffer()));
    await server.stop('SIGTERM');

    // Every imported young carer has exactly one card, current, and it is the one the batch lists.
    expect(await count(`SELECT count(*) FROM "Holder" WHERE "familyName" = 'KillCardsFamily'`)).toBe(CARDS);
    expect(await count(`SELECT count(*) FROM "Card"`)).toBe(CARDS);
    const cards = await query(`SELECT "c"."id", "c"."number", "c"."status", "c"."holderId" FROM "Card" "c" JOIN "Holder" "h" ON "h"."id" = "c"."holderId" WHERE "h"."familyName" = 'KillCardsFamily'`);
    expect(cards).toHaveLength(CARDS);
    expect(new Set(cards.map((card) => card.holderId)).size).toBe(CARDS);
    expect(cards.every((card) => card.status === 'active')).toBe(true);
    expect(new Set(cards.map((card) => String(card.id)))).toEqual(new Set(result.cardIds));
    // No card without its audit event (exactly one each), and one start and one finish event for the batch.
    const issueEvents = await query(`SELECT "entityId" FROM "AuditEvent" WHERE "action" = 'card.issue'`);
    expect(issueEvents).toHaveLength(CARDS);
    expect(new Set(issueEvents.map((event) => String(event.entityId)))).toEqual(new Set(result.cardIds));
    expect(await count(`SELECT count(*) FROM "AuditEvent" WHERE "action" = 'import.cards.start'`)).toBe(1);
    const finish = await query(`SELECT "details" FROM "AuditEvent" WHERE "action" = 'import.cards.finish'`);
    expect(finish.map((event) => JSON.parse(String(event.details)))).toEqual([{ issued: CARDS }]);
    // The print sheet holds each card once: the standard card prints its number on its front and on its back, so each number is in the text exactly twice
    // (15 sheets of 10: a page of fronts and a page of backs each).
    expect(sheet.headers.get('x-page-count')).toBe(String(2 * Math.ceil(CARDS / 10)));
    for (const card of cards) {
      const number = String(card.number);
      const printed = `YC-${number.slice(0, 4)}-${number.slice(4, 8)}-${number.slice(8)}`;
      expect(text.split(printed).length - 1, printed).toBe(2);
    }
  });
});
