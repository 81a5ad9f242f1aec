import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer, freePort } from '../support/server-process.ts';

// Stopping the real server (a child process, real signals, real sockets): it must stop
// on time whatever happens to its log pipe, and answer every request it had already
// received before it goes.

type Exit = { code: number | null; signal: NodeJS.Signals | null };


/**
 * The product as `npm start` runs it, but with stdout and stderr piped to this process and
 * never read: a log collector that has stopped draining. (startServer() always reads them.)
 */
async function startUnread(env: Record<string, string>) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'ycards-stop-'));
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(process.execPath, ['--import', 'tsx', 'api/src/server.ts'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), PUBLIC_URL: url, DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pause();
  child.stderr.pause();
  const exited = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (code ${child.exitCode})`);
    try {
      if ((await fetch(`${url}/api/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    exited,
    /** What got through the pipes, read once the process has gone. */
    leftInPipes: async () => {
      let text = '';
      for (const stream of [child.stdout, child.stderr]) {
        stream.on('data', (chunk: Buffer) => (text += String(chunk)));
        stream.resume();
        await new Promise((r) => (stream.readableEnded ? r(null) : stream.once('close', r)));
      }
      return text;
    },
    cleanUp: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function within<T>(ms: number, promise: Promise<T>): Promise<T | 'timed out'> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([promise, new Promise<'timed out'>((r) => (timer = setTimeout(() => r('timed out'), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

type Answer = { status: number; connection: string | undefined } | { error: string };

/** One request; resolves with the answer or the socket error, and reports when its bytes have left this process. */
function send(agent: http.Agent, url: string, method: 'GET' | 'POST', pathname: string, body?: unknown) {
  let sent!: () => void;
  const fullySent = new Promise<void>((r) => (sent = r));
  const answer = new Promise<Answer>((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = http.request(`${url}${pathname}`, {
      method,
      agent,
      headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
    });
    request.on('finish', sent); // the last byte was written to the socket
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection }));
      response.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      sent();
      resolve({ error: error.code ?? error.message });
    });
    request.end(payload);
  });
  return { fullySent, answer };
}

async function hammer(url: string, count: number, concurrency: number, pathname: string): Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        const answer = await send(agent, url, 'GET', pathname).answer;
        if ('error' in answer) throw new Error(`request failed: ${answer.error}`);
      }
    }),
  );
  agent.destroy();
}

describe('stopping when nobody reads the log', () => {
  const REQUESTS = 3000;
  let server: Awaited<ReturnType<typeof startUnread>> | undefined;
  afterEach(() => server?.cleanUp());

  it.each(['SIGTERM', 'SIGINT'] as const)('%s stops the process on time although its stdout pipe is full', async (signal) => {
    // debug: every request writes its lines, so a few thousand fill the pipe.
    server = await startUnread({ LOG_LEVEL: 'debug' });
    await hammer(server.url, REQUESTS, 20, '/api/health');

    const started = Date.now();
    server.child.kill(signal);
    const exit = await within(15_000, server.exited);
    const seconds = (Date.now() - started) / 1000;
    expect(exit, `still running ${seconds}s after ${signal}`).toEqual({ code: 0, signal: null });
    expect(seconds).toBeLessThan(15);
    // The pipe really was full: of the 3000 requests' lines, only what it holds got through.
    const gotThrough = (await server.leftInPipes()).split('\n').filter((line) => line.includes('"msg":"incoming request"')).length;
    expect(gotThrough).toBeGreaterThan(0);
    expect(gotThrough).toBeLessThan(REQUESTS);
  });

  it('keeps serving, then stops on time, when the log reader goes away (EPIPE)', async () => {
    server = await startUnread({ LOG_LEVEL: 'debug' });
    await hammer(server.url, 500, 20, '/api/health');
    server.child.stdout.destroy();
    server.child.stderr.destroy();
    await hammer(server.url, 500, 20, '/api/health'); // every line now meets a closed pipe

    const started = Date.now();
    server.child.kill('SIGTERM');
    const exit = await within(15_000, server.exited);
    expect(exit, `still running ${(Date.now() - started) / 1000}s after SIGTERM`).toEqual({ code: 0, signal: null });
  });
});

describe('what the log says by default', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.stop();
  });

  it('a normal request writes no log line at the default LOG_LEVEL; stopping is logged', async () => {
    server = await startServer({ LOG_LEVEL: '' }); // unset: the default
    await expect.poll(() => server?.output().includes('Young Carer Cards is running'), { timeout: 10_000 }).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    const before = server.output();

    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/v1/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cardNumber: 'YC7K3PQ9MD2HXWT' }),
    })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(server.output().slice(before.length)).toBe('');

    // A refused request is logged at info: method, path and status, never the query string.
    expect((await fetch(`${server.url}/api/holders?q=Amelia%20Hart&dateOfBirth=2012-03-04`)).status).toBe(401);
    await expect.poll(() => server?.output().slice(before.length), { timeout: 5000 }).toMatch(/"msg":"request completed"/);
    const refused = server.output().slice(before.length).trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(refused.find((l) => l.msg === 'request completed')).toMatchObject({
      level: 30,
      req: { method: 'GET', url: '/api/holders?[redacted]' },
      res: { statusCode: 401 },
    });
    expect(server.output()).not.toMatch(/Amelia|2012-03-04/);
    const afterRefused = server.output();

    const running = server;
    server = undefined;
    expect(await running.stop()).toBe(0);
    expect(running.output().slice(afterRefused.length)).toMatch(/"signal":"SIGTERM","msg":"shutting down"[^\n]*\n.*"msg":"stopped"/);
  });
});

describe('requests in flight when SIGTERM arrives', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.stop();
  });

  it('every request fully sent before SIGTERM, on a new or an idle keep-alive socket, gets its real answer: no resets', async () => {
    server = await startServer({ RATE_LIMIT_PER_MINUTE: '100000', VERIFY_RATE_LIMIT_PER_MINUTE: '100000' });
    const { url } = server;
    const idle = new http.Agent({ keepAlive: true, maxSockets: 50 });
    const fresh = new http.Agent({ keepAlive: true, maxSockets: 50 });
    // 50 keep-alive sockets, answered and now idle in the agent's pool.
    await Promise.all(Array.from({ length: 50 }, () => send(idle, url, 'GET', '/api/health').answer));
    await expect.poll(() => Object.values(idle.freeSockets).flat().length).toBe(50);

    // 100 requests at once, health checks and card checks: 50 on those idle sockets, 50 on
    // new ones (Node accepts one connection per event-loop turn, so many of these are still
    // in the listen backlog). SIGTERM as soon as the last byte of each has been written.
    const request = (agent: http.Agent, i: number) =>
      i % 2 ? send(agent, url, 'GET', '/api/health') : send(agent, url, 'POST', '/api/v1/verify', { cardNumber: 'YC7K3PQ9MD2HXWT' });
    const onIdleSockets = Array.from({ length: 50 }, (_, i) => request(idle, i));
    const onNewSockets = Array.from({ length: 50 }, (_, i) => request(fresh, i));
    const inFlight = [...onIdleSockets, ...onNewSockets];
    await Promise.all(inFlight.map((r) => r.fullySent));
    server.child.kill('SIGTERM');
    const exited = new Promise<number | null>((r) => server?.child.once('exit', (code) => r(code)));

    const answers = await Promise.all(inFlight.map((r) => r.answer));
    const errors = answers.filter((a) => 'error' in a).map((a) => a.error);
    const statuses = answers.flatMap((a) => ('status' in a ? [a.status] : []));
    idle.destroy();
    fresh.destroy();
    expect({ resets: errors.length, errors: [...new Set(errors)] }).toEqual({ resets: 0, errors: [] });
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    expect(await within(15_000, exited)).toBe(0);
  });
});
