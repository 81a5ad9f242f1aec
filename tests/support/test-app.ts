import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, loggerOptions } from '../../api/src/app.ts';
import { loadConfig, type Config } from '../../api/src/config.ts';
import { openDatabase } from '../../api/src/db/database.ts';
import { applyMigrations } from '../../api/src/db/migrate.ts';
import { createStaff } from '../../api/src/staff/create-staff.ts';
import { setPasswordWithLink } from '../../api/src/auth/set-password.ts';
import { createTestDatabase, type Engine, type TestDatabase } from './test-database.ts';

export type TestApp = {
  app: FastifyInstance;
  config: Config;
  testDb: TestDatabase;
  /** Every log line the app wrote, as text. */
  logs: string[];
  clock: { now: Date; advance(ms: number): void };
  close(): Promise<void>;
};

/** A migrated database of its own and the real app on it, for inject() tests. `overrides` replace config values (a web build folder, say). */
export async function startTestApp(engine: Engine, env: Record<string, string> = {}, overrides: Partial<Config> = {}): Promise<TestApp> {
  const testDb = await createTestDatabase(engine);
  const config = loadConfig(
    { NODE_ENV: 'test', LOG_LEVEL: 'info', DATA_DIR: testDb.dataDir, PUBLIC_URL: 'http://cards.test', ...env },
    { database: testDb.target, webDist: undefined, ...overrides },
  );
  await applyMigrations(testDb.target);
  const database = await openDatabase(testDb.target);
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const clock = {
    now: new Date(),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
  };
  const app = await buildApp(config, database, {
    clock: () => clock.now,
    logger: loggerOptions('info', stream),
  });
  return {
    app,
    config,
    testDb,
    logs,
    clock,
    close: async () => {
      await app.close();
      await testDb.drop();
    },
  };
}

export const STRONG_PASSWORD = 'correct horse battery staple';
let counter = 0;

/** A staff account with a password set through its one-time link, as a real person would. */
export async function createStaffMember(
  app: FastifyInstance,
  role: 'admin' | 'staff',
  password = STRONG_PASSWORD,
): Promise<{ id: string; email: string; password: string }> {
  counter += 1;
  const email = `${role}${counter}.${Date.now()}@carers.test`;
  const created = await createStaff(app.deps, { context: { actor: null, ip: null }, staff: { email, name: `Test ${role} ${counter}`, role } });
  const token = new URL(created.passwordLink.url).hash.slice(1);
  await setPasswordWithLink(app.deps, { token, password, ip: null });
  return { id: created.user.id, email, password };
}

export async function loginAs(app: FastifyInstance, who: { email: string; password: string }) {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: who.email, password: who.password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  return { accessToken: response.json().accessToken as string, refreshCookie: refreshCookieOf(response), response };
}

export function refreshCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((c) => c.name === 'yc_refresh')?.value;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
