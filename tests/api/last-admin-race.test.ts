import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffMember, startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

/**
 * The service always keeps one enabled admin, even when its only two admins
 * disable (or demote) each other at the same moment: real parallel HTTP
 * requests to a listening app, many rounds.
 */
const ROUNDS = 12;

describe.each(testEngines())('the last enabled admin, raced, on %s', (engine) => {
  let t: TestApp;
  let base: string;
  let a: { id: string; email: string; password: string };
  let b: { id: string; email: string; password: string };
  beforeAll(async () => {
    t = await startTestApp(engine, { RATE_LIMIT_PER_MINUTE: '100000', LOGIN_MAX_FAILURES_PER_CLIENT: '100000' });
    a = await createStaffMember(t.app, 'admin');
    b = await createStaffMember(t.app, 'admin');
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => t.close());

  const send = async (token: string, method: 'POST' | 'PATCH', path: string, body?: object) => {
    const response = await fetch(base + path, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return `${response.status} ${response.status >= 400 ? ((await response.json()) as { error: { code: string } }).error.code : ''}`.trim();
  };

  /** Signs in from an address of its own each round: sign-in is rate limited per address. */
  const signIn = async (who: { email: string; password: string }, round: number) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: who.email, password: who.password }, remoteAddress: `10.20.${round}.${who === a ? 1 : 2}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().accessToken as string;
  };

  it.each([
    ['disable each other', (token: string, other: string) => send(token, 'POST', `/api/staff/${other}/disable`)],
    ['demote each other', (token: string, other: string) => send(token, 'PATCH', `/api/staff/${other}`, { role: 'staff' })],
  ] as const)('two admins who %s at once leave one enabled admin, every round', async (_what, act) => {
    const tally: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      await t.app.db.staff.updateMany({ data: { disabledAt: null, role: 'admin' } });
      const [tokenA, tokenB] = [await signIn(a, round), await signIn(b, round)];
      const answers = await Promise.all([act(tokenA, b.id), act(tokenB, a.id)]);
      for (const answer of answers) tally[answer] = (tally[answer] ?? 0) + 1;
      const admins = await t.app.db.staff.count({ where: { role: 'admin', disabledAt: null } });
      expect(admins, `round ${round}: ${answers.join(', ')}`).toBe(1);
      expect(answers.filter((answer) => answer === '200'), answers.join(', ')).toHaveLength(1);
    }
    // eslint-disable-next-line no-console -- the figures of the run
    console.info(`[last admin ${engine}] ${ROUNDS} rounds: ${JSON.stringify(tally)}`);
  });
});
