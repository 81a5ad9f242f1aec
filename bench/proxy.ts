// npm run bench:proxy: verify throughput (distinct tokens, 50 connections) of
// one API process straight, one process behind nginx (TLS), and two processes
// behind nginx (the topology of docs/deployment.md and
// tests/api/proxy-topology.test.ts), all on one PostgreSQL database, with a
// bare Fastify route in this process for the ratio. On a two-core machine the
// figure shows the proxy's overhead, not scaling. Needs nginx and PostgreSQL
// (BENCH_POSTGRES_URL, default the local test server). Nothing is asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import { startNginx } from '../tests/support/nginx.ts';
import { freePort, spawnServer } from '../tests/support/server-process.ts';

const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://root@127.0.0.1:5432/test';
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CARDS = 100;
const ADMIN = { email: 'bench@carers.test', password: 'benchmark kettle windowsill' };

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const name = `ycards_bench_proxy_${Date.now()}`;
await admin(`CREATE DATABASE "${name}"`);
const url = new URL(ADMIN_URL);
url.pathname = `/${name}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'ycards-bench-proxy-'));
const [portA, portB, https1, https2] = [await freePort(), await freePort(), await freePort(), await freePort()];
const env = {
  DATABASE_URL: url.toString(), DATA_DIR: dataDir, PUBLIC_URL: `https://localhost:${https2}`, TRUST_PROXY: '127.0.0.1', LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '1000000', VERIFY_RATE_LIMIT_PER_MINUTE: '1000000', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password,
};
const a = await spawnServer({ ...env, PORT: String(portA) });
const b = await spawnServer({ ...env, PORT: String(portB) });
const nginxOne = await startNginx({ nginxPath: NGINX, apiPorts: [portA, portA], httpsPort: https1, httpPort: await freePort() });
const nginxTwo = await startNginx({ nginxPath: NGINX, apiPorts: [portA, portB], httpsPort: https2, httpPort: await freePort() });
const bare = Fastify();
bare.get('/bare', async () => ({ status: 'ok' }));
await bare.listen({ port: 0, host: '127.0.0.1' });

try {
  const login = await fetch(`${a.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const staff = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
  const bodies: string[] = [];
  for (let i = 0; i < CARDS; i++) {
    const holder = await fetch(`${a.url}/api/holders`, {
      method: 'POST', headers: staff,
      body: JSON.stringify({ givenName: 'Bench', familyName: `Proxy${i}`, dateOfBirth: '2013-01-01', consentBy: 'parent', consentAt: '2026-01-10T10:00:00.000Z', consentMethod: 'written' }),
    });
    const { holder: { id } } = (await holder.json()) as { holder: { id: string } };
    const issued = await fetch(`${a.url}/api/holders/${id}/cards`, { method: 'POST', headers: staff, body: '{}' });
    bodies.push(JSON.stringify({ token: ((await issued.json()) as { card: { token: string } }).card.token }));
  }
  const load = async (label: string, target: string) => {
    let next = 0;
    const r = await autocannon({
      url: target, connections: 50, duration: DURATION_S, method: 'POST', headers: { 'content-type': 'application/json' },
      requests: [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
    });
    return { label, requestsPerSecond: Math.round(r.requests.average), p50ms: r.latency.p50, p99ms: r.latency.p99, errors: r.errors + r.non2xx };
  };
  const bareRun = await autocannon({ url: `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/bare`, connections: 50, duration: DURATION_S });
  const rows = [
    await load('one process, straight (http)', `${a.url}/api/v1/verify`),
    await load('one process behind nginx (https)', `https://127.0.0.1:${https1}/api/v1/verify`),
    await load('two processes behind nginx (https)', `https://127.0.0.1:${https2}/api/v1/verify`),
  ];
  const bareRps = bareRun.requests.average;
  process.stdout.write(`\nverify, ${CARDS} distinct tokens, 50 connections, ${DURATION_S}s per run, PostgreSQL; bare Fastify route ${Math.round(bareRps)} req/s\n`);
  console.table(rows.map((r) => ({ ...r, 'vs bare': (r.requestsPerSecond / bareRps).toFixed(2) })));
} finally {
  await bare.close();
  await nginxOne.stop();
  await nginxTwo.stop();
  await Promise.all([a.stop('SIGTERM'), b.stop('SIGTERM')]);
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  rmSync(dataDir, { recursive: true, force: true });
}
