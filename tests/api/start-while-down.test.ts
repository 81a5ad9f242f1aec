import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { readMigrations } from '../../api/src/db/migrate.ts';
import { timed, timeUntil } from '../support/outage.ts';
import { startTcpProxy, type ProxyMode, type TcpProxy } from '../support/tcp-proxy.ts';
import { createTestDatabase, withClient, type TestDatabase } from '../support/test-database.ts';
import { freePort } from '../support/server-process.ts';

/**
 * The real server process (api/src/server.ts, as `npm start` runs it) started
 * while PostgreSQL cannot be reached: DATABASE_URL points at a TCP proxy in
 * front of the real server that refuses or blackholes connections until the
 * test lets them through. The database is brand new, so migrations, the
 * first admin and the card-signing key all wait for it.
 */
const report = (line: string) => process.stdout.write(`  [start] ${line}\n`);
const ADMIN = { email: 'first.admin@carers.test', password: 'correct horse battery staple' };

type Child = { url: string; child: ChildProcess; output(): string; exited: Promise<number | null> };


describe.skipIf(!inject('postgresUrl'))('starting while PostgreSQL cannot be reached', () => {
  let testDb: TestDatabase | undefined;
  let proxy: TcpProxy | undefined;
  let running: Child | undefined;
  let dataDir: string | undefined;

  afterEach(async () => {
    if (running && running.child.exitCode === null && running.child.signalCode === null) {
      running.child.kill('SIGKILL');
      await running.exited;
    }
    await proxy?.close();
    await testDb?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    running = proxy = testDb = dataDir = undefined;
  });

  /** A fresh database behind a proxy in `mode`, and the server started on it; resolves once /api/health answers. */
  async function startBehindProxy(mode: ProxyMode): Promise<Child> {
    testDb = await createTestDatabase('postgresql');
    const url = (testDb.target as { url: string }).url;
    proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(url).port || 5432) }, { mode });
    dataDir = mkdtempSync(path.join(tmpdir(), 'ycards-start-'));
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/server.ts'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: String(port),
        PUBLIC_URL: base,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        DATABASE_URL: proxy.urlFor(url),
        DATABASE_CONNECT_TIMEOUT_MS: '1000',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    // Both pipes are read to the end (docs/runtime.md: an unread pipe stops the process from exiting).
    child.stdout!.on('data', (d) => (output += String(d)));
    child.stderr!.on('data', (d) => (output += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    running = { url: base, child, output: () => output, exited };
    const started = performance.now();
    let listening: number | undefined;
    while (listening === undefined && child.exitCode === null && performance.now() - started < 40_000) {
      const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (ok) listening = Math.round(performance.now() - started);
      else await new Promise((r) => setTimeout(r, 100));
    }
    report(`started with the database ${mode === 'refuse' ? 'refusing' : 'blackholed'}: ${listening === undefined ? `no /api/health (exit code ${child.exitCode})` : `/api/health 200 after ${listening} ms`}`);
    expect(child.exitCode, `the server exited instead of waiting for the database:\n${output}`).toBeNull();
    expect(listening, `no /api/health within 40 s:\n${output}`).toBeDefined();
    return running;
  }

  const get = (server: Child, url: string, init?: RequestInit) => fetch(`${server.url}${url}`, { signal: AbortSignal.timeout(10_000), ...init });
  const expectNotReady = async (response: Response, label: string) => {
    expect(response.status, label).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code, label).toBe('NOT_READY');
    expect(Number(response.headers.get('retry-after')), label).toBeGreaterThan(0);
  };

  it('listens as not ready while the database is blackholed, then refused, and becomes ready by itself when it is back', { timeout: 90_000 }, async () => {
    const server = await startBehindProxy('blackhole');
    expect((await get(server, '/api/health')).status).toBe(200);
    const readyWhileDown = await timed(get(server, '/api/ready'), 10_000);
    report(`blackholed: /api/ready ${readyWhileDown.answer?.status} in ${readyWhileDown.ms} ms`);
    await expectNotReady(readyWhileDown.answer!, 'ready while blackholed');
    expect(readyWhileDown.ms).toBeLessThan(2_000);
    await expectNotReady(
      await get(server, '/api/v1/verify', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ cardNumber: 'YC-0000-0000' }) }),
      'verify while blackholed',
    );
    await expectNotReady(await get(server, '/api/staff'), 'staff API while blackholed');

    await proxy!.refuse();
    await new Promise((r) => setTimeout(r, 1_500));
    await expectNotReady(await get(server, '/api/ready'), 'ready while refused');
    expect((await get(server, '/api/health')).status).toBe(200);

    await proxy!.pass();
    const readyAfter = await timeUntil(async () => (await get(server, '/api/ready')).status === 200, 30_000, 50);
    report(`database back: /api/ready 200 after ${readyAfter} ms (migrations, signing key and first admin included)`);
    expect(readyAfter, server.output()).toBeDefined();

    // The first start's work ran once the database answered: migrations, the first admin, a signing key.
    const login = await get(server, '/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    expect(login.status).toBe(200);
    const jwks = (await (await get(server, '/.well-known/jwks.json')).json()) as { keys: unknown[] };
    expect(jwks.keys.length).toBe(1);
    const url = (testDb!.target as { url: string }).url;
    const { rows } = await withClient(url, (c) => c.query<{ n: number }>('SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL'));
    expect(rows[0]?.n).toBe(readMigrations('postgresql').length);
    expect(server.output()).toMatch(/the database cannot be reached/);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('stops at once, exit code 0, on SIGTERM while it waits for the database', { timeout: 60_000 }, async () => {
    const server = await startBehindProxy('refuse');
    await expectNotReady(await get(server, '/api/ready'), 'ready while refused');
    server.child.kill('SIGTERM');
    const stopped = await timed(server.exited, 10_000);
    report(`SIGTERM while waiting: exit code ${stopped.answer} after ${stopped.ms} ms`);
    expect(stopped.answer, server.output()).toBe(0);
    expect(stopped.ms).toBeLessThan(5_000);
  });
});
