import { decodeJwt } from 'jose';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../api/src/app.ts';
import { loadConfig, type Config } from '../../api/src/config.ts';
import { openDatabase } from '../../api/src/db/database.ts';
import { applyMigrations } from '../../api/src/db/migrate.ts';
import { CARD_ISSUER_SETTING, ensureCardIssuer } from '../../api/src/keys/ensure-card-issuer.ts';
import { insertHolder } from '../support/holders.ts';
import { bearer, createStaffMember, loginAs, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, testEngines } from '../support/test-database.ts';

/** A second process's config on the first one's database and DATA_DIR (the same signing keys), with its own environment. */
function configBeside(t: TestApp, env: Record<string, string>): Config {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: t.testDb.dataDir, ...env }, { database: t.testDb.target, webDist: undefined });
}

async function issueCard(app: FastifyInstance, token: string): Promise<{ id: string; token: string }> {
  const holder = await insertHolder(app);
  const response = await app.inject({ method: 'POST', url: `/api/holders/${holder.id}/cards`, headers: bearer(token), payload: {} });
  expect(response.statusCode).toBe(201);
  return response.json().card as { id: string; token: string };
}

async function verify(app: FastifyInstance, token: string): Promise<string> {
  return (await app.inject({ method: 'POST', url: '/api/v1/verify', payload: { token } })).json().result as string;
}

async function statusListIssuer(app: FastifyInstance): Promise<unknown> {
  return decodeJwt((await app.inject({ method: 'GET', url: '/api/v1/status-list' })).body).iss;
}

describe('the card issuer', () => {
  it('two processes on one PostgreSQL database whose PUBLIC_URLs differ only in port agree on it', async () => {
    if (!testEngines().includes('postgresql')) throw new Error('This test needs PostgreSQL: set TEST_POSTGRES_URL');
    const a = await startTestApp('postgresql', { PUBLIC_URL: 'http://cards.test:8080' });
    const configB = configBeside(a, { PUBLIC_URL: 'http://cards.test:8081' });
    // What each address alone would give: not the same.
    expect(configB.cards.issuer).not.toBe(a.config.cards.issuer);
    const b = await buildApp(configB, await openDatabase(a.testDb.target), { logger: false });
    try {
      const issuer = a.app.deps.config.cards.issuer;
      expect(issuer).toBe(a.config.cards.issuer);
      expect(b.deps.config.cards.issuer).toBe(issuer);
      expect((await a.app.db.setting.findUniqueOrThrow({ where: { key: CARD_ISSUER_SETTING } })).value).toBe(issuer);

      const token = (await loginAs(a.app, await createStaffMember(a.app, 'staff'))).accessToken;
      const throughA = await issueCard(a.app, token);
      const throughB = await issueCard(b, token);
      expect(decodeJwt(throughB.token).iss).toBe(issuer);
      expect(await verify(b, throughA.token)).toBe('valid');
      expect(await verify(a.app, throughB.token)).toBe('valid');
      expect(await statusListIssuer(b)).toBe(issuer);
      expect(await statusListIssuer(a.app)).toBe(issuer);

      // An explicit CARD_ISSUER must be the stored one.
      const database = await openDatabase(a.testDb.target);
      try {
        const wrong = configBeside(a, { PUBLIC_URL: 'http://cards.test:8082', CARD_ISSUER: 'yc-other' });
        const refused = buildApp(wrong, database, { logger: false });
        await expect(refused).rejects.toThrow(`CARD_ISSUER is "yc-other", but this database's cards are issued as "${issuer}"`);
        await expect(refused).rejects.toThrow(`set CARD_ISSUER=${issuer}, or leave CARD_ISSUER unset`);
      } finally {
        await database.close();
      }
      const same = await buildApp(configBeside(a, { PUBLIC_URL: 'http://cards.test:8083', CARD_ISSUER: issuer }), await openDatabase(a.testDb.target), { logger: false });
      try {
        expect(await verify(same, throughA.token)).toBe('valid');
      } finally {
        await same.close();
      }
      // Nothing refused wrote over the stored one.
      expect((await a.app.db.setting.findUniqueOrThrow({ where: { key: CARD_ISSUER_SETTING } })).value).toBe(issuer);
    } finally {
      await b.close();
      await a.close();
    }
  });

  it('first starts at the same moment on one PostgreSQL database store one issuer, and every one of them uses it', async () => {
    if (!testEngines().includes('postgresql')) throw new Error('This test needs PostgreSQL: set TEST_POSTGRES_URL');
    const testDb = await createTestDatabase('postgresql');
    await applyMigrations(testDb.target);
    const databases = await Promise.all([1, 2, 3, 4].map(() => openDatabase(testDb.target)));
    try {
      const log = { info: () => {} } as never;
      const issuers = await Promise.all(
        databases.map((database, i) => ensureCardIssuer({ db: database.prisma, log }, { configured: `yc-first-${i}`, explicit: false })),
      );
      const stored = (await databases[0]!.prisma.setting.findUniqueOrThrow({ where: { key: CARD_ISSUER_SETTING } })).value;
      expect(issuers).toEqual([stored, stored, stored, stored]);
    } finally {
      await Promise.all(databases.map((d) => d.close()));
      await testDb.drop();
    }
  });

  it('on SQLite, a restart with another PUBLIC_URL port keeps verifying the cards already issued', async () => {
    const t = await startTestApp('sqlite', { PUBLIC_URL: 'http://cards.test:8080' });
    let restarted: FastifyInstance | undefined;
    try {
      const token = (await loginAs(t.app, await createStaffMember(t.app, 'staff'))).accessToken;
      const card = await issueCard(t.app, token);
      const issuer = t.app.deps.config.cards.issuer;
      await t.app.close();

      const config = configBeside(t, { PUBLIC_URL: 'http://cards.test:9090' });
      expect(config.cards.issuer).not.toBe(issuer);
      restarted = await buildApp(config, await openDatabase(t.testDb.target), { logger: false });
      expect(restarted.deps.config.cards.issuer).toBe(issuer);
      expect(await verify(restarted, card.token)).toBe('valid');
      const staff = (await loginAs(restarted, await createStaffMember(restarted, 'staff'))).accessToken;
      expect(decodeJwt((await issueCard(restarted, staff)).token).iss).toBe(issuer);
      expect(await statusListIssuer(restarted)).toBe(issuer);
    } finally {
      await restarted?.close();
      await t.testDb.drop();
    }
  });
});
