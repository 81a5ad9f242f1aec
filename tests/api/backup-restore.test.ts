// The backup drill: the real server as a child process, cards issued over
// HTTP while `npm run backup` runs, an unclean stop, things made worse, then
// `npm run restore` and the server again. Plus the encrypted path.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import sharp from 'sharp';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { AUDIT_KEY_FILE } from '../../api/src/audit/audit-key.ts';
import { BackupError, RestoreRefused } from '../../api/src/backups/backup-error.ts';
import { createBackup } from '../../api/src/backups/create-backup.ts';
import { WrongPassphrase } from '../../api/src/backups/encryption.ts';
import { restoreBackup } from '../../api/src/backups/restore-backup.ts';
import { loadConfig } from '../../api/src/config.ts';
import { applyMigrations } from '../../api/src/db/migrate.ts';
import { sha256File } from '../../api/src/backups/files.ts';
import { multipart } from '../support/multipart.ts';
import { testEngines, withClient, type Engine } from '../support/test-database.ts';
import { freePort, spawnServer, type ServerProcess } from '../support/server-process.ts';

const root = path.resolve(import.meta.dirname, '../..');
const ADMIN = { email: 'drill.admin@carers.test', password: 'correct horse battery staple' };
const hasPgTools = spawnSync('pg_dump', ['--version']).status === 0 && spawnSync('pg_restore', ['--version']).status === 0;
const engines = testEngines().filter((e) => e === 'sqlite' || hasPgTools);
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanUp of cleanups.reverse()) await cleanUp();
});


/** The real server, killed at the end if a drill fails half-way. */
async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const server = await spawnServer(env);
  cleanups.push(() => server.stop('SIGKILL'));
  return server;
}

/** An operator command (npm run backup / restore) as its own process. */
function runCli(script: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `api/src/cli/${script}.ts`, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * The same command in this process (what the CLI runs, less its start-up of
 * several seconds on a busy machine): the PostgreSQL drill uses it, the
 * SQLite drill runs the real commands.
 */
async function runInProcess(script: 'backup' | 'restore', args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const lines: string[] = [];
  const report = (line: string) => lines.push(line);
  const config = loadConfig(env);
  try {
    if (script === 'backup') await createBackup({ config, output: args[0]!, passphrase: null, report });
    else await restoreBackup({ config, archive: args[0]!, passphrase: null, force: args.includes('--force'), report });
    return { code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' };
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    return { code: 1, stdout: `${lines.join('\n')}\n`, stderr: `${error.message}\n` };
  }
}

/** A photo that differs per holder, so a mixed-up file would show. */
const photoFor = (n: number) =>
  sharp({ create: { width: 240, height: 320, channels: 3, background: { r: (n * 37) % 256, g: (n * 91) % 256, b: (n * 53) % 256 } } }).jpeg().toBuffer();

type Issued = { holderId: string; cardId: string; token: string; ackedAt: number };

function client(base: string) {
  let token = '';
  const call = async (method: string, url: string, body?: object) => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return response;
  };
  return {
    get token() {
      return token;
    },
    set token(value: string) {
      token = value;
    },
    call,
    async login(): Promise<string> {
      const response = await call('POST', '/api/auth/login', ADMIN);
      expect(response.status).toBe(200);
      return ((await response.json()) as { accessToken: string }).accessToken;
    },
    async holderWithPhotoAndCard(n: number): Promise<Issued> {
      const created = await call('POST', '/api/holders', {
        givenName: `Drill${n}`,
        familyName: 'Backup',
        dateOfBirth: '2013-04-02',
        consentBy: 'parent',
        consentAt: new Date().toISOString(),
        consentMethod: 'written',
      });
      expect(created.status).toBe(201);
      const holderId = ((await created.json()) as { holder: { id: string } }).holder.id;
      await this.setPhoto(holderId, n);
      const issued = await call('POST', `/api/holders/${holderId}/cards`, {});
      expect(issued.status).toBe(201);
      const { card } = (await issued.json()) as { card: { id: string; token: string } };
      return { holderId, cardId: card.id, token: card.token, ackedAt: performance.now() };
    },
    async setPhoto(holderId: string, n: number): Promise<void> {
      const { payload, contentType } = multipart([{ name: 'photo', filename: 'photo.jpg', contentType: 'image/jpeg', data: await photoFor(n) }]);
      const response = await fetch(`${base}/api/holders/${holderId}/photo`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
        body: new Uint8Array(payload),
      });
      expect(response.status).toBe(200);
    },
    async photo(holderId: string): Promise<{ status: number; bytes: Buffer }> {
      const response = await call('GET', `/api/holders/${holderId}/photo`);
      return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
    },
    async verify(cardToken: string): Promise<unknown> {
      return (await fetch(`${base}/api/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: cardToken }) })).json();
    },
  };
}

async function newPostgresDatabase(): Promise<string> {
  const adminUrl = inject('postgresUrl')!;
  const name = `ycards_drill_${randomBytes(5).toString('hex')}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  cleanups.push(() => withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

/** A killed server's PostgreSQL sessions end a moment after it. */
async function waitForNoConnections(url: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const n = await withClient(url, async (c) =>
      Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')).rows[0]!.n),
    );
    if (n === 0 || Date.now() > deadline) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const sqliteIntegrity = (file: string) => {
  const db = new Database(file, { fileMustExist: true });
  try {
    return (db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
};

// The drills mostly wait on child processes, so they run side by side.
describe.concurrent('backups', () => {
  it.each(engines)('drill on %s: backs up while cards are issued, refuses what it must, and restores every card, photo and the session secret', { timeout: 150_000 }, async (engine: Engine) => {
    const work = tempDir('ycards-drill-');
    const dataDir = path.join(work, 'data');
    const port = String(await freePort());
    const env: Record<string, string> = {
      DATA_DIR: dataDir,
      PORT: port,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'warn',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_PER_MINUTE: '100000',
      VERIFY_RATE_LIMIT_PER_MINUTE: '100000',
      OUTBOX_POLL_MS: '600000',
    };
    if (engine === 'postgresql') env.DATABASE_URL = await newPostgresDatabase();
    const dbFile = path.join(dataDir, 'ycards.db');
    const command = engine === 'sqlite' ? runCli : runInProcess;

    // A service with young carers, their photos and cards.
    let server = await startServer(env);
    const api = client(server.url);
    api.token = await api.login();
    const sessionToken = api.token;
    const issued: Issued[] = [];
    for (let n = 0; n < 6; n++) issued.push(await api.holderWithPhotoAndCard(n));
    const churned = issued[0]!.holderId; // its photo keeps being replaced during the backup

    // Staff keep issuing cards (4 requests in flight) while the backup runs.
    let stopLoad = false;
    let next = 100;
    const workers = [0, 1, 2].map(async () => {
      while (!stopLoad) issued.push(await api.holderWithPhotoAndCard(next++));
    });
    const photoChurn = (async () => {
      while (!stopLoad) await api.setPhoto(churned, next++);
    })();
    const waitFor = async (done: () => boolean) => {
      const deadline = Date.now() + 30_000;
      while (!done()) {
        if (Date.now() > deadline) throw new Error('the load did not get going');
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    await waitFor(() => issued.length >= 12);
    const backupStartedAt = performance.now();
    const before = issued.filter((c) => c.ackedAt < backupStartedAt);
    const archive = path.join(work, 'backups', 'drill.tar');
    const backup = await command('backup', [archive], env);
    const backupEndedAt = performance.now();
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backup written: .*drill\.tar/);
    await waitFor(() => issued.filter((c) => c.ackedAt > backupEndedAt).length >= 3); // more cards after the backup
    stopLoad = true;
    await Promise.all([...workers, photoChurn]);
    const during = issued.filter((c) => c.ackedAt >= backupStartedAt && c.ackedAt <= backupEndedAt).length;
    const after = issued.filter((c) => c.ackedAt > backupEndedAt);
    expect(before.length).toBeGreaterThanOrEqual(12);
    expect(after.length).toBeGreaterThan(0);
    expect(statSync(archive).mode & 0o777).toBe(0o600);
    if (spawnSync('tar', ['--version']).status === 0) {
      const listed = spawnSync('tar', ['-tf', archive], { encoding: 'utf8' }).stdout.trim().split('\n');
      expect(listed.at(-1)).toBe('manifest.json');
      expect(listed).toContain(engine === 'sqlite' ? 'database/ycards.db' : 'database/ycards.pgdump');
    }

    // What a partner's scan and staff saw before the backup started.
    const expected = new Map<string, { verify: unknown; photo: Buffer }>();
    for (const card of before) {
      const photo = await api.photo(card.holderId);
      expect(photo.status).toBe(200);
      expected.set(card.cardId, { verify: await api.verify(card.token), photo: photo.bytes });
    }
    expect([...expected.values()].every((e) => (e.verify as { result: string }).result === 'valid')).toBe(true);
    const secretBefore = readFileSync(path.join(dataDir, 'session-secret'));
    const auditKeyBefore = readFileSync(path.join(dataDir, AUDIT_KEY_FILE));

    // Restore refuses while the service runs: it answers on its port, and (on another port) it has the database open.
    const configNow = (overrides: Record<string, string> = {}) => loadConfig({ ...env, ...overrides });
    const quiet = () => undefined;
    await expect(restoreBackup({ config: configNow(), archive, passphrase: null, force: true, report: quiet })).rejects.toThrow(/service is running: it answers at/);
    const viaLock = restoreBackup({ config: configNow({ PORT: String(await freePort()) }), archive, passphrase: null, force: true, report: quiet });
    await expect(viaLock).rejects.toThrow(engine === 'sqlite' ? /is open in another process/ : /other connection/);
    await expect(viaLock).rejects.toBeInstanceOf(RestoreRefused);

    // An unclean stop, then worse: photos deleted, the session secret replaced.
    await server.stop('SIGKILL');
    if (engine === 'sqlite') expect(existsSync(`${dbFile}-wal`)).toBe(true);
    for (const name of readdirSync(path.join(dataDir, 'photos'))) rmSync(path.join(dataDir, 'photos', name));
    writeFileSync(path.join(dataDir, 'session-secret'), randomBytes(48).toString('base64url'));
    rmSync(path.join(dataDir, AUDIT_KEY_FILE));

    let restoreEnv = env;
    if (engine === 'sqlite') {
      // Beside a stale -wal: refused, and nothing touched.
      const hashes = async () => Promise.all([dbFile, `${dbFile}-wal`].map((f) => sha256File(f)));
      const untouched = await hashes();
      const refused = restoreBackup({ config: configNow(), archive, passphrase: null, force: false, report: quiet });
      await expect(refused).rejects.toThrow(/ycards\.db-wal and ycards\.db-shm are beside the database.*--force/s);
      await expect(refused).rejects.toBeInstanceOf(RestoreRefused);
      expect(await hashes()).toEqual(untouched);
    } else {
      await waitForNoConnections(env.DATABASE_URL!);
      // The database is not empty (the service migrated it and wrote cards): refused without --force.
      await expect(restoreBackup({ config: configNow(), archive, passphrase: null, force: false, report: quiet })).rejects.toThrow(/is not empty/);
      // --force replaces it, after saving a pg_dump of what it held.
      const lines: string[] = [];
      const forced = await restoreBackup({ config: configNow(), archive, passphrase: null, force: true, report: (l) => lines.push(l) });
      expect(lines.join('\n')).toMatch(/WARNING: --force/);
      expect(forced.keptAside.some((f) => f.endsWith('.pgdump') && existsSync(f))).toBe(true);
      expect(lines.join('\n')).toMatch(/row counts match the backup/);
      // The README's way: a new, empty database, no --force.
      restoreEnv = { ...env, DATABASE_URL: await newPostgresDatabase() };
    }
    const restored = await command('restore', engine === 'sqlite' ? [archive, '--force'] : [archive], restoreEnv);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/verified: every file matches the manifest's SHA-256/);
    expect(restored.stdout).toMatch(/row counts match the backup/);
    expect(restored.stdout).toMatch(/Restore complete/);
    if (engine === 'sqlite') {
      expect(restored.stdout).toMatch(/PRAGMA integrity_check: ok/);
      expect(sqliteIntegrity(dbFile)).toBe('ok');
      // The stale WAL was moved aside with the database it belongs to, not deleted.
      const kept = readdirSync(dataDir).filter((f) => f.includes('.before-restore-'));
      expect(kept.some((f) => /^ycards\.db\.before-restore-\d{8}T\d{6}Z-wal$/.test(f))).toBe(true);
      expect(kept.some((f) => /^ycards\.db\.before-restore-\d{8}T\d{6}Z$/.test(f))).toBe(true);
    }
    expect(readFileSync(path.join(dataDir, 'session-secret'))).toEqual(secretBefore);
    expect(readFileSync(path.join(dataDir, AUDIT_KEY_FILE))).toEqual(auditKeyBefore);
    expect(statSync(path.join(dataDir, AUDIT_KEY_FILE)).mode & 0o777).toBe(0o600);
    for (const name of readdirSync(path.join(dataDir, 'photos'))) expect(statSync(path.join(dataDir, 'photos', name)).mode & 0o777).toBe(0o600);

    // The service again, on what was restored.
    server = await startServer(restoreEnv);
    const again = client(server.url);
    again.token = sessionToken; // signed before the backup: valid only with the same session secret
    expect((await again.call('GET', '/api/auth/me')).status).toBe(200);
    again.token = await again.login();
    for (const card of before) {
      expect(await again.verify(card.token)).toEqual(expected.get(card.cardId)!.verify);
      const photo = await again.photo(card.holderId);
      expect(photo.status).toBe(200);
      if (card.holderId !== churned) expect(photo.bytes.equals(expected.get(card.cardId)!.photo)).toBe(true);
      else expect((await sharp(photo.bytes).metadata()).format).toBe('jpeg');
    }
    // The restored audit log verifies with the restored key: chain, checkpoints and signed head.
    const audit = await again.call('GET', '/api/audit/verify');
    expect(await audit.json()).toMatchObject({ intact: true, reason: null });
    // Cards issued after the backup ended are not in it.
    for (const card of after.slice(0, 5)) expect(await again.verify(card.token)).toMatchObject({ result: 'not_valid' });
    if (engine === 'sqlite') expect(sqliteIntegrity(dbFile)).toBe('ok');
    await server.stop('SIGTERM');
    process.stdout.write(
      `  ${engine} drill: ${before.length} cards acknowledged before the backup all verify as before; ${during} issued during it; ` +
        `${after.length} after it, absent after the restore; ${expected.size} holders' photos back\n`,
    );
  });

  it('encrypt with a passphrase; a wrong one, a missing one and a damaged file are refused, the right one restores', { timeout: 90_000 }, async () => {
    const work = tempDir('ycards-enc-');
    const dataDir = path.join(work, 'data');
    const config = loadConfig({ DATA_DIR: dataDir, PORT: String(await freePort()) });
    await applyMigrations(config.database);
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(path.join(dataDir, 'session-secret'), secret, { mode: 0o600 });
    const photo = await photoFor(7);
    const photoName = `${randomUUID().replace(/-/g, '')}.jpg`;
    mkdirSync(path.join(dataDir, 'photos'), { mode: 0o700 });
    writeFileSync(path.join(dataDir, 'photos', photoName), photo, { mode: 0o600 });
    const passphrase = 'four unrelated words here';
    const archive = path.join(work, 'enc.tar.enc');
    const quiet = () => undefined;

    await expect(createBackup({ config, output: archive, passphrase: 'short', report: quiet })).rejects.toThrow(/at least 12 characters/);
    const made = await createBackup({ config, output: archive, passphrase, report: quiet });
    expect(made.encrypted).toBe(true);
    const bytes = readFileSync(archive);
    expect(bytes.subarray(0, 8).toString()).toBe('YCBKENC1');
    expect(bytes.includes(Buffer.from('manifest.json'))).toBe(false);
    expect(bytes.includes(Buffer.from(secret))).toBe(false);
    expect(bytes.includes(photo.subarray(200, 264))).toBe(false);
    expect(statSync(archive).mode & 0o777).toBe(0o600);
    await expect(createBackup({ config, output: archive, passphrase, report: quiet })).rejects.toThrow(/already exists/);

    // A wrong passphrase, through the real command: refused clearly, nothing changed.
    const listing = () => readdirSync(dataDir).sort();
    const was = listing();
    const wrong = await runCli('restore', [archive, '--force'], { DATA_DIR: dataDir, PORT: String(config.port), BACKUP_PASSPHRASE: 'not the passphrase at all' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/Wrong passphrase/);
    expect(listing()).toEqual(was);
    await expect(restoreBackup({ config, archive, passphrase: null, force: false, report: quiet })).rejects.toThrow(/encrypted: give its passphrase/);
    await expect(restoreBackup({ config, archive, passphrase: 'also wrong, but long', force: false, report: quiet })).rejects.toBeInstanceOf(WrongPassphrase);

    // One changed byte, or a file cut short: refused, nothing changed.
    const damaged = path.join(work, 'damaged.tar.enc');
    const copy = Buffer.from(bytes);
    copy[Math.floor(copy.length / 2)]! ^= 0x01;
    writeFileSync(damaged, copy);
    await expect(restoreBackup({ config, archive: damaged, passphrase, force: false, report: quiet })).rejects.toThrow(/damaged, cut short or has been altered/);
    writeFileSync(damaged, bytes.subarray(0, bytes.length - 100));
    await expect(restoreBackup({ config, archive: damaged, passphrase, force: false, report: quiet })).rejects.toBeInstanceOf(BackupError);
    expect(listing()).toEqual(was);

    // The right passphrase restores onto a new machine's empty DATA_DIR.
    const fresh = loadConfig({ DATA_DIR: path.join(work, 'new-machine'), PORT: String(config.port) });
    const lines: string[] = [];
    const result = await restoreBackup({ config: fresh, archive, passphrase, force: false, report: (l) => lines.push(l) });
    expect(result.integrityCheck).toBe('ok');
    expect(lines.join('\n')).toMatch(/PRAGMA integrity_check: ok/);
    expect(readFileSync(path.join(fresh.dataDir, 'session-secret'), 'utf8')).toBe(secret);
    expect(readFileSync(path.join(fresh.dataDir, 'photos', photoName)).equals(photo)).toBe(true);
    expect(sqliteIntegrity(path.join(fresh.dataDir, 'ycards.db'))).toBe('ok');
  });
});
