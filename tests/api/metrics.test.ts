import { networkInterfaces } from 'node:os';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';

/** Prometheus metrics: counted by route pattern and result, never by a value a person or a card carries. */
describe('GET /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(async () => t.close());

  it('counts requests by route pattern and verify answers by result, with no id or personal value in any label', async () => {
    const { accessToken } = await loginAs(t.app, await createStaffMember(t.app, 'staff'));
    const holderId = randomUUID();
    expect((await t.app.inject({ method: 'GET', url: `/api/holders/${holderId}`, headers: bearer(accessToken) })).statusCode).toBe(404);
    const search = await t.app.inject({ method: 'GET', url: '/api/holders?q=Maya%20Patel', headers: bearer(accessToken) });
    expect(search.statusCode).toBe(200);
    const verify = await t.app.inject({ method: 'POST', url: '/api/v1/verify', payload: { cardNumber: 'not a number' } });
    expect(verify.json().result).toBe('not_valid');

    const answer = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/plain/);
    const text = answer.body;
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/api\/holders\/:id",status_code="404"\} 1/);
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/api\/holders",status_code="200"\} 1/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/api\/v1\/verify"\} 1/);
    expect(text).toMatch(/verify_answers_total\{result="not_valid"\} 1/);
    expect(text).toMatch(/outbox_waiting_messages 0/);
    expect(text).toMatch(/process_resident_memory_bytes/);
    for (const secret of [holderId, 'Maya', 'Patel', 'not a number']) expect(text).not.toContain(secret);
  });

  it('answers only this machine when no METRICS_TOKEN is set', async () => {
    const outside = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    await t.app.listen({ port: 0, host: '0.0.0.0' });
    const address = t.app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(200);
    // A proxy's forwarded address does not make a request local, nor does it make a local one remote.
    expect((await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(200);
    if (outside) {
      const remote = await fetch(`http://${outside.address}:${port}/metrics`);
      expect(remote.status).toBe(403);
      expect((await remote.json()).error.code).toBe('FORBIDDEN');
    }
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  let t: TestApp;
  const token = 'scrape-me-please-0123456789';
  beforeAll(async () => {
    t = await startTestApp('sqlite', { METRICS_TOKEN: token });
  });
  afterAll(async () => t.close());

  it('needs the token as a bearer token, even from this machine', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/metrics', headers: bearer('scrape-me-please-012345678X') })).statusCode).toBe(403);
    const right = await t.app.inject({ method: 'GET', url: '/metrics', headers: bearer(token) });
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain('http_requests_total');
  });
});
