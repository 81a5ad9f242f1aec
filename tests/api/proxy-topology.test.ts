// The deployment of docs/deployment.md, run for real: two API processes on
// one PostgreSQL database and one DATA_DIR, behind nginx with TLS on
// localhost (deploy/nginx-ycards.conf, placeholders filled in), rate limits in
// Redis. A card revoked through one process is refused through the proxy
// whichever process answers; a sign-out or a disabled account on one process
// counts on the other's next request; per-address limits count the client's
// address, not nginx's, across both processes.
import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { proxyRequest, startNginx, type RunningNginx } from '../support/nginx.ts';
import { freePort, spawnServer, type ServerProcess } from '../support/server-process.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../support/test-database.ts';

const ADMIN = { email: 'proxy.admin@carers.test', password: 'correct horse battery staple' };
const LIMIT = 12;
const nginxPath = inject('nginxPath');
const redisUrl = inject('redisUrl');

/** A client address of its own (127.0.0.0/8 is all this machine), so runs never share a rate-limit count in Redis. */
const someClient = () => `127.${randomInt(1, 255)}.${randomInt(256)}.${randomInt(2, 255)}`;

type Json = Record<string, unknown>;

describe.runIf(nginxPath && redisUrl)('two API processes behind nginx (TLS), one PostgreSQL, Redis', () => {
  const engines = testEngines().filter((e) => e === 'postgresql');
  let database: TestDatabase;
  let dataDir: string;
  let a: ServerProcess;
  let b: ServerProcess;
  let nginx: RunningNginx;
  let ports: { a: number; b: number };

  beforeAll(async () => {
    if (engines.length === 0) return;
    database = await createTestDatabase('postgresql');
    dataDir = mkdtempSync(path.join(tmpdir(), 'ycards-proxy-'));
    ports = { a: await freePort(), b: await freePort() };
    const httpsPort = await freePort();
    const env = {
      DATABASE_URL: (database.target as { url: string }).url,
      // Shared by both processes: card-signing keys, the staff session secret, the audit key, photos.
      DATA_DIR: dataDir,
      PUBLIC_URL: `https://localhost:${httpsPort}`,
      TRUST_PROXY: '127.0.0.1',
      REDIS_URL: redisUrl!,
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
      VERIFY_RATE_LIMIT_PER_MINUTE: '100000',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
    };
    // One after the other: the first applies the migrations and makes the keys, the second finds them.
    a = await spawnServer({ ...env, PORT: String(ports.a) });
    b = await spawnServer({ ...env, PORT: String(ports.b) });
    nginx = await startNginx({ nginxPath: nginxPath!, apiPorts: [ports.a, ports.b], httpsPort, httpPort: await freePort() });
  }, 180_000);

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all([a?.stop('SIGTERM'), b?.stop('SIGTERM')]);
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** Straight to one process (as staff's browser would through the proxy, pinned here to prove it is that process). */
  async function direct(server: ServerProcess, method: string, url: string, token?: string, body?: Json) {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: response.status, json: (await response.json().catch(() => null)) as Json };
  }

  async function login(server: ServerProcess, who: { email: string; password: string }): Promise<string> {
    const answer = await direct(server, 'POST', '/api/auth/login', undefined, who);
    expect(answer.status).toBe(200);
    return answer.json.accessToken as string;
  }

  /** Which API port answered each of the access log's lines from `from`. */
  const upstreamsFor = (from: string) =>
    nginx.accessLog().filter((line) => line.startsWith(`${from} `)).map((line) => Number(/upstream=127\.0\.0\.1:(\d+)/.exec(line)?.[1]));

  it.each(engines)('on %s: a card revoked through process A is refused through the proxy, by B and by A in turn', { timeout: 120_000 }, async () => {
    const adminToken = await login(a, ADMIN);
    const holder = await direct(a, 'POST', '/api/holders', adminToken, {
      givenName: 'Proxy', familyName: 'Carer', dateOfBirth: '2012-05-01', consentBy: 'parent', consentAt: '2026-01-10T10:00:00.000Z', consentMethod: 'written',
    });
    expect(holder.status).toBe(201);
    const issued = await direct(a, 'POST', `/api/holders/${(holder.json.holder as Json).id as string}/cards`, adminToken, {});
    expect(issued.status).toBe(201);
    const card = issued.json.card as { id: string; token: string };

    const partner = someClient();
    const verify = async () => {
      const answer = await proxyRequest(nginx, { from: partner, method: 'POST', path: '/api/v1/verify', body: JSON.stringify({ token: card.token }) });
      expect(answer.status).toBe(200);
      return (JSON.parse(answer.body) as { result: string }).result;
    };
    expect([await verify(), await verify()]).toEqual(['valid', 'valid']);

    expect((await direct(a, 'POST', `/api/cards/${card.id}/revoke`, adminToken, { reason: 'lost' })).status).toBe(200);
    const after = [await verify(), await verify(), await verify(), await verify()];
    expect(after).toEqual(['not_valid', 'not_valid', 'not_valid', 'not_valid']);
    // nginx took turns: the four answers after the revocation came from B and A alternately.
    const served = upstreamsFor(partner).slice(-4);
    expect(new Set(served)).toEqual(new Set([ports.a, ports.b]));
    expect(served[0]).not.toBe(served[1]);
    expect(served[1]).not.toBe(served[2]);
    expect(served[2]).not.toBe(served[3]);
  });

  it.each(engines)('on %s: signing out on A, or A disabling an account, refuses the next request on B', { timeout: 120_000 }, async () => {
    const adminToken = await login(a, ADMIN);
    const me = (server: ServerProcess, token: string) => direct(server, 'GET', '/api/auth/me', token);

    // Sign-out on A: B refuses that session's access token at once.
    const token = await login(a, ADMIN);
    expect((await me(b, token)).status).toBe(200);
    expect((await direct(a, 'POST', '/api/auth/logout', token)).status).toBe(204);
    const afterLogout = await me(b, token);
    expect(afterLogout.status).toBe(401);
    expect((afterLogout.json.error as Json).code).toBe('SESSION_EXPIRED');

    // A new staff member signs in on B; an admin disables the account on A; B refuses its next request.
    const email = `proxy.staff.${randomInt(1e9)}@carers.test`;
    const created = await direct(a, 'POST', '/api/staff', adminToken, { email, name: 'Proxy Staff', role: 'staff' });
    expect(created.status).toBe(201);
    const password = 'orange kettle on the hill';
    const linkToken = new URL((created.json.passwordLink as { url: string }).url).hash.slice(1);
    expect((await direct(b, 'POST', '/api/auth/set-password', undefined, { token: linkToken, password })).status).toBe(204);
    const staffToken = await login(b, { email, password });
    expect((await me(b, staffToken)).status).toBe(200);
    expect((await direct(a, 'POST', `/api/staff/${(created.json.user as Json).id as string}/disable`, adminToken)).status).toBe(200);
    expect((await me(b, staffToken)).status).toBe(401);
    expect((await me(a, staffToken)).status).toBe(401);
  });

  it.each(engines)('on %s: one client address gets the limit once across both processes, counted by its own address, not nginx\'s', { timeout: 120_000 }, async () => {
    const client = someClient();
    // Half the requests claim another address in X-Forwarded-For: nginx replaces the header, so the claim changes nothing.
    const statuses: number[] = [];
    for (let i = 0; i < 2 * LIMIT; i++) {
      const headers: Record<string, string> = i % 2 ? { 'x-forwarded-for': `203.0.113.${i}` } : {};
      statuses.push((await proxyRequest(nginx, { from: client, path: '/api/setup', headers })).status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((s) => s === 429)).toHaveLength(LIMIT);
    expect(new Set(upstreamsFor(client))).toEqual(new Set([ports.a, ports.b]));
    // Another client, through the same nginx (same peer address for the API): a count of its own.
    expect((await proxyRequest(nginx, { from: someClient(), path: '/api/setup' })).status).toBe(200);
    // Health checks through the proxy are never limited.
    const ready = await proxyRequest(nginx, { from: client, path: '/api/ready' });
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toMatchObject({ status: 'ready', database: 'postgresql' });
  });
});
