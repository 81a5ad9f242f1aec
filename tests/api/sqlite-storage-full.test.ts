import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../api/src/db/migrate.ts';
import { insertHolder } from '../support/holders.ts';
import { multipart } from '../support/multipart.ts';
import { appFromEnv, timeUntil } from '../support/outage.ts';
import { bearer, createStaffMember, loginAs } from '../support/test-app.ts';

/**
 * SQLite on a disk that fills up, for real: DATA_DIR is a 4 MB tmpfs (the
 * tests run as root), filled with a ballast file. Where mounting is not
 * possible (or with YCARDS_TEST_NO_TMPFS=1), SQLite's max_page_count on the
 * app's one connection plays the full disk instead (photos, which are files,
 * are then not tested).
 */
const report = (line: string) => process.stdout.write(`  [storage] ${line}\n`);

describe('SQLite when the disk is full', () => {
  let dir: string;
  let file: string;
  let mounted = false;
  let app: FastifyInstance;
  let staffToken: string;
  let adminToken: string;
  let cardNumber: string;
  const ballast = () => path.join(dir, 'ballast');
  const acknowledged: string[] = [];
  let counter = 0;

  const createHolder = async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/holders',
      headers: bearer(staffToken),
      payload: {
        givenName: 'Amelia',
        familyName: `Fullness${++counter}z`,
        dateOfBirth: '2013-05-17',
        consentBy: 'parent',
        consentAt: '2026-01-10T10:00:00.000Z',
        consentMethod: 'written',
        caringNote: 'x'.repeat(400),
      },
    });
    if (response.statusCode === 201) acknowledged.push(response.json().holder.id as string);
    return response;
  };
  const expectStorageFull = (response: LightMyRequestResponse, label: string) => {
    expect(response.statusCode, `${label}: ${response.body}`).toBe(507);
    expect(response.json().error.code, label).toBe('STORAGE_FULL');
    expect(response.body, label).not.toMatch(/SQLITE|disk is full|ENOSPC|Prisma/i);
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ycards-full-'));
    try {
      // YCARDS_TEST_NO_TMPFS=1 runs the max_page_count variant where mounting works too.
      if (process.env.YCARDS_TEST_NO_TMPFS) throw new Error('tmpfs not wanted');
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m,mode=0700', 'tmpfs', dir], { stdio: 'ignore' });
      mounted = true;
    } catch {
      report('no tmpfs (cannot mount here, or YCARDS_TEST_NO_TMPFS): playing the full disk with max_page_count');
    }
    file = path.join(dir, 'ycards.db');
    await applyMigrations({ engine: 'sqlite', file });
    ({ app } = await appFromEnv({ DATA_DIR: dir, DATABASE_URL: `file:${file}`, RATE_LIMIT_PER_MINUTE: '100000', VERIFY_RATE_LIMIT_PER_MINUTE: '100000' }));
    staffToken = (await loginAs(app, await createStaffMember(app, 'staff'))).accessToken;
    adminToken = (await loginAs(app, await createStaffMember(app, 'admin'))).accessToken;
    const holder = await insertHolder(app);
    const issued = await app.inject({ method: 'POST', url: `/api/holders/${holder.id}/cards`, headers: bearer(staffToken), payload: {} });
    cardNumber = issued.json().card.number;
    for (let i = 0; i < 5; i++) expect((await createHolder()).statusCode).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    if (mounted) execFileSync('umount', [dir]);
    rmSync(dir, { recursive: true, force: true });
  });

  /** Fills the disk (or the database's allowance) to the last byte. */
  const fill = async () => {
    if (!mounted) {
      const [row] = await app.db.$queryRawUnsafe<{ page_count: bigint }[]>('PRAGMA page_count');
      await app.db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(row?.page_count)}`);
      return;
    }
    const fd = openSync(ballast(), 'w');
    const chunk = Buffer.alloc(64 * 1024, 1);
    try {
      for (;;) writeSync(fd, chunk);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
    } finally {
      closeSync(fd);
    }
    // Down to the last block.
    const small = openSync(ballast(), 'a');
    try {
      for (;;) writeSync(small, Buffer.alloc(512, 1));
    } catch {
      // full
    } finally {
      closeSync(small);
    }
  };
  const free = async () => {
    if (mounted) unlinkSync(ballast());
    else await app.db.$queryRawUnsafe('PRAGMA max_page_count = 1073741823');
  };

  it('refuses writes with 507 STORAGE_FULL, says so in /api/ready, keeps verify answering, and loses nothing', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/ready' })).statusCode).toBe(200);
    await fill();

    // Writes go on until SQLite finds no room (the WAL may still have some).
    let refused: LightMyRequestResponse | undefined;
    let written = 0;
    for (let i = 0; i < 400 && !refused; i++) {
      const response = await createHolder();
      if (response.statusCode === 201) written += 1;
      else refused = response;
    }
    const ready = await app.inject({ method: 'GET', url: '/api/ready' });
    report(`disk full: ${written} more writes fit, then ${refused?.statusCode} ${refused?.body}; /api/ready ${ready.statusCode} ${ready.body}`);
    expect(refused, 'a write was refused').toBeDefined();
    expectStorageFull(refused!, 'create holder');
    // Once full, every write is refused the same way.
    expectStorageFull(await createHolder(), 'create holder again');
    if (mounted) {
      const { payload, contentType } = multipart([
        { name: 'photo', filename: 'photo.jpg', contentType: 'image/jpeg', data: await sharp({ create: { width: 600, height: 800, channels: 3, background: { r: 128, g: 128, b: 128 }, noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).jpeg({ quality: 95 }).toBuffer() },
      ]);
      const photo = await app.inject({ method: 'PUT', url: `/api/holders/${acknowledged[0]}/photo`, payload, headers: { ...bearer(staffToken), 'content-type': contentType } });
      report(`photo upload on a full disk: ${photo.statusCode} ${photo.body}`);
      expectStorageFull(photo, 'photo upload');
    }

    expect(ready.statusCode).toBe(503);
    expect(ready.json().error.code).toBe('NOT_READY');
    expect(ready.json().error.message).toMatch(/room/);
    expect(Number(ready.headers['retry-after'])).toBeGreaterThan(0);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    // Reads still work: a card is checked as before.
    const verified = await app.inject({ method: 'POST', url: '/api/v1/verify', payload: { cardNumber } });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().result).toBe('valid');

    await free();
    const back = await timeUntil(async () => (await app.inject({ method: 'GET', url: '/api/ready' })).statusCode === 200, 5_000, 50);
    report(`room again: /api/ready 200 after ${back} ms`);
    expect(back).toBeDefined();
    expect((await createHolder()).statusCode).toBe(201);

    // Nothing acknowledged is lost, the database is intact, and so is the audit chain.
    const [integrity] = await app.db.$queryRawUnsafe<{ integrity_check: string }[]>('PRAGMA integrity_check');
    expect(integrity?.integrity_check).toBe('ok');
    const found = await app.db.holder.findMany({ where: { id: { in: acknowledged } }, select: { id: true } });
    expect(found.length).toBe(acknowledged.length);
    const chain = await app.inject({ method: 'GET', url: '/api/audit/verify', headers: bearer(adminToken) });
    expect(chain.json()).toMatchObject({ intact: true, firstBrokenSeq: null });
  });

  it('keeps it all after a restart: the file reopens intact with every acknowledged write', async () => {
    await app.close();
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const ids = new Set((db.prepare('SELECT id FROM "Holder"').all() as { id: string }[]).map((r) => r.id));
      expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
    } finally {
      db.close();
    }
    ({ app } = await appFromEnv({ DATA_DIR: dir, DATABASE_URL: `file:${file}` }));
    expect((await app.inject({ method: 'GET', url: '/api/ready' })).statusCode).toBe(200);
  });
});
