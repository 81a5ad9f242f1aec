import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { AUDIT_KEY_FILE } from '../audit/audit-key.ts';
import type { Config } from '../config.ts';
import { readMigrations } from '../db/migrate.ts';
import { photosDir } from '../holders/holder-photo.ts';
import { BackupError, RestoreRefused } from './backup-error.ts';
import { decrypt, isEncrypted } from './encryption.ts';
import { fileStamp, fsyncPath, plural, writeNewFile } from './files.ts';
import { AUDIT_KEY_PATH, kindOfPath, MANIFEST_NAME, parseManifest, type Manifest } from './manifest.ts';
import { inspectPostgres, libpqEnv, postgresState, restorePostgres, runPgTool } from './postgres.ts';
import { healthUrl, serviceAnswers } from './service-check.ts';
import { inspectSqlite, sqliteInUse } from './sqlite.ts';
import { readTar } from './tar.ts';

export type RestoreOptions = {
  config: Pick<Config, 'dataDir' | 'database' | 'host' | 'port'>;
  archive: string;
  passphrase: string | null;
  /** SQLite: move a stale -wal/-shm aside. PostgreSQL: replace a database that is not empty. */
  force: boolean;
  report(line: string): void;
  now?: () => Date;
};

export type RestoreResult = {
  manifest: Manifest;
  /** SQLite's PRAGMA integrity_check of the restored database; null on PostgreSQL. */
  integrityCheck: string | null;
  /** What was there before, kept under a new name. */
  keptAside: string[];
};

const STALE_SUFFIXES = ['-wal', '-shm', '-journal'];
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

/** Refuses while the service runs: it answers its health check, or (SQLite) has the database open, or (PostgreSQL) is connected. */
async function refuseIfRunning(config: RestoreOptions['config']): Promise<string[]> {
  const checks: string[] = [];
  const url = healthUrl(config);
  const answers = await serviceAnswers(config);
  if (answers === 'yes') throw new RestoreRefused(`The service is running: it answers at ${url}. Stop it first; a restore goes only into a stopped service.`);
  checks.push(answers === 'no' ? `nothing answers at ${url}` : `no answer in time from ${url}`);
  const database = config.database;
  if (database.engine === 'sqlite') {
    if (existsSync(database.file)) {
      const probe = sqliteInUse(database.file);
      if (probe.inUse) {
        throw new RestoreRefused(`The database ${database.file} is open in another process (is the service running, on another port?): ${probe.detail}. Stop it first.`);
      }
      checks.push(probe.detail);
    }
  } else {
    const state = await postgresState(database.url);
    if (state.otherConnections > 0) {
      throw new RestoreRefused(
        `${plural(state.otherConnections, 'other connection')} to database "${state.database}" (is the service running?). Stop the service, and close other sessions, first.`,
      );
    }
    checks.push(`no other connections to database "${state.database}"`);
  }
  return checks;
}

function staleFiles(dbFile: string): string[] {
  return STALE_SUFFIXES.map((s) => `${dbFile}${s}`).filter((f) => existsSync(f));
}

/**
 * `npm run restore`: into a stopped service only. Everything in the archive
 * is unpacked beside DATA_DIR and checked against the manifest's SHA-256
 * before anything is touched; then each part is renamed into place, with
 * what was there kept as `<name>.before-restore-<time>`, and the restored
 * database is checked (SQLite: PRAGMA integrity_check; both: row counts).
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const { config, report, force } = options;
  const database = config.database;
  const archive = path.resolve(options.archive);
  const now = options.now ?? (() => new Date());
  const stamp = fileStamp(now());
  if (!existsSync(archive)) throw new RestoreRefused(`${archive} does not exist`);

  const start = Buffer.alloc(8);
  const head = await open(archive, 'r');
  try {
    await head.read(start, 0, 8, 0);
  } finally {
    await head.close();
  }
  const encrypted = isEncrypted(start);
  if (encrypted && options.passphrase === null) {
    throw new RestoreRefused('This backup is encrypted: give its passphrase with BACKUP_PASSPHRASE or --passphrase-file <file>.');
  }
  report(`Restoring ${archive}${encrypted ? ' (encrypted)' : ''} into DATA_DIR ${config.dataDir}`);
  report(
    `  database: ${database.engine === 'sqlite' ? `SQLite ${database.file}` : `PostgreSQL ${libpqEnv(database.url).display}`}`,
  );

  // 1. Only into a stopped service, and never beside a stale WAL without being told.
  for (const line of await refuseIfRunning(config)) report(`  check: ${line}`);
  const stale = database.engine === 'sqlite' ? staleFiles(database.file) : [];
  if (database.engine === 'sqlite' && stale.length > 0 && !force) {
    throw new RestoreRefused(
      `${stale.map((f) => path.basename(f)).join(' and ')} ${stale.length === 1 ? 'is' : 'are'} beside the database, left by a service that did not stop cleanly ` +
        '(it is not running now). Restoring the database beside them would corrupt it. Rerun with --force to move them aside ' +
        `(kept, with the database they belong to, as ${path.basename(database.file)}.before-restore-<time>-wal and -shm), ` +
        'or start and stop the service once so SQLite folds them into the current database first. Nothing was changed.',
    );
  }
  let replacePostgres = false;
  if (database.engine === 'postgresql') {
    const state = await postgresState(database.url);
    if (state.relations.length > 0) {
      if (!force) {
        throw new RestoreRefused(
          `Database "${state.database}" is not empty (${plural(state.relations.length, 'table or sequence', 'tables and sequences')}, e.g. ${state.relations.slice(0, 3).join(', ')}). ` +
            'Restore into a new, empty database (createdb, then point DATABASE_URL at it), or rerun with --force to replace its contents ' +
            '(a pg_dump of them is saved in DATA_DIR first). Nothing was changed.',
        );
      }
      replacePostgres = true;
    }
  }

  // 2. Unpack beside DATA_DIR and check every byte against the manifest.
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  if (database.engine === 'sqlite') await mkdir(path.dirname(database.file), { recursive: true, mode: 0o700 });
  const stage = await mkdtemp(path.join(config.dataDir, '.restore-'));
  const stagedDb = database.engine === 'sqlite' ? path.join(path.dirname(database.file), `.${path.basename(database.file)}.restore-${stamp}-${randomBytes(4).toString('hex')}`) : path.join(stage, 'ycards.pgdump');
  try {
    await mkdir(path.join(stage, 'photos'), { mode: 0o700 });
    const seen = new Map<string, { size: number; sha256: string }>();
    let manifestText: string | undefined;
    let source: AsyncIterable<Buffer> = createReadStream(archive);
    if (encrypted) source = decrypt(source, options.passphrase!);
    await readTar(source, async (entry, body) => {
      if (manifestText !== undefined) throw new BackupError(`The archive has "${entry.name}" after its manifest; it is not a backup this product wrote`);
      if (entry.name === MANIFEST_NAME) {
        if (entry.size > MAX_MANIFEST_BYTES) throw new BackupError('The manifest is implausibly large; the archive is damaged');
        const parts: Buffer[] = [];
        for await (const chunk of body) parts.push(Buffer.from(chunk));
        manifestText = Buffer.concat(parts).toString('utf8');
        return;
      }
      const kind = kindOfPath(entry.name);
      if (kind === null) throw new BackupError(`The archive holds "${entry.name}", which a backup never holds; refusing it`);
      if (seen.has(entry.name)) throw new BackupError(`The archive holds "${entry.name}" twice`);
      let target: string;
      if (kind === 'database') {
        if ((entry.name === 'database/ycards.db') !== (database.engine === 'sqlite')) {
          throw new RestoreRefused(
            `This backup is of a ${entry.name.endsWith('.db') ? 'SQLite' : 'PostgreSQL'} database, but the configuration says ${database.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'} (DATABASE_URL). Nothing was changed.`,
          );
        }
        target = stagedDb;
        await rm(target, { force: true });
      } else {
        target = path.join(stage, entry.name.slice('data/'.length));
        await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      }
      seen.set(entry.name, await writeNewFile(target, body));
    });
    if (manifestText === undefined) throw new BackupError('The archive has no manifest; it is not a backup this product wrote, or it is cut short');
    const manifest = parseManifest(manifestText);
    for (const file of manifest.files) {
      const got = seen.get(file.path);
      if (!got) throw new BackupError(`${file.path} is in the manifest but not in the archive. Nothing was changed.`);
      if (got.size !== file.size || got.sha256 !== file.sha256) {
        throw new BackupError(`${file.path} does not match the manifest (SHA-256 or size differs): the archive is damaged or altered. Nothing was changed.`);
      }
      if (kindOfPath(file.path) !== file.kind) throw new BackupError(`${file.path} is listed as ${file.kind} in the manifest; the archive is not valid`);
    }
    const listed = new Set(manifest.files.map((f) => f.path));
    const extra = [...seen.keys()].filter((p) => !listed.has(p));
    if (extra.length > 0) throw new BackupError(`${extra[0]} is in the archive but not in the manifest. Nothing was changed.`);
    if (manifest.engine !== database.engine || !listed.has(manifest.database.file)) {
      throw new RestoreRefused(`This backup is of a ${manifest.engine} database; the configuration says ${database.engine}. Nothing was changed.`);
    }
    const known = new Set(readMigrations(database.engine).map((m) => m.name));
    const newer = manifest.database.migrations.filter((m) => !known.has(m));
    if (newer.length > 0) {
      throw new RestoreRefused(`This backup comes from a newer version of the product (migrations ${newer.join(', ')}); install that version first. Nothing was changed.`);
    }
    const pending = [...known].filter((m) => !manifest.database.migrations.includes(m));
    const photoCount = manifest.files.filter((f) => f.kind === 'photo').length;
    const keyCount = manifest.files.filter((f) => f.kind === 'key').length;
    const hasSecret = listed.has('data/session-secret');
    const hasAuditKey = listed.has(AUDIT_KEY_PATH);
    report(`  backup: created ${manifest.createdAt} by version ${manifest.appVersion}, ${manifest.engine}, ${plural(manifest.files.length, 'file')}`);
    report(`  verified: every file matches the manifest's SHA-256 (database, ${hasSecret ? 'session secret, ' : ''}${hasAuditKey ? 'audit key, ' : ''}${plural(keyCount, 'key')}, ${plural(photoCount, 'photo')})`);
    for (const note of manifest.notes) report(`  NOTE from the backup: ${note}`);

    // 3. Still stopped? Then put each part in place, keeping what was there.
    await refuseIfRunning(config);
    // A name no earlier restore used (two in one second must not overwrite what the first kept).
    const folders = [config.dataDir, ...(database.engine === 'sqlite' ? [path.dirname(database.file)] : [])];
    const used = (suffix: string) => folders.some((dir) => readdirSync(dir).some((name) => name.includes(`.before-restore-${suffix}`)));
    let suffix = stamp;
    for (let n = 2; used(suffix); n++) suffix = `${stamp}-${n}`;
    const keptAside: string[] = [];
    const moves: { from: string; to: string }[] = [];
    const move = async (from: string, to: string) => {
      await rename(from, to);
      moves.push({ from, to });
    };
    const setAside = async (file: string, aside = `${file}.before-restore-${suffix}`) => {
      if (!existsSync(file)) return;
      await move(file, aside);
      keptAside.push(aside);
    };
    let databaseRestored = false;
    try {
      if (database.engine === 'postgresql') {
        if (replacePostgres) {
          const safety = path.join(config.dataDir, `ycards.before-restore-${suffix}.pgdump`);
          report(`  WARNING: --force: database "${libpqEnv(database.url).env.PGDATABASE}" is not empty; its contents are replaced.`);
          report(`  saving what it holds now first: ${safety}`);
          await runPgTool('pg_dump', ['--format=custom', `--file=${safety}`], database.url);
          await chmod(safety, 0o600);
          keptAside.push(safety);
        }
        report(`  pg_restore --no-owner --no-privileges --single-transaction --exit-on-error${replacePostgres ? ' --clean --if-exists' : ''}`);
        await restorePostgres(database.url, stagedDb, { replace: replacePostgres });
        databaseRestored = true;
      }
      if (keyCount > 0) {
        await setAside(path.join(config.dataDir, 'keys'));
        await move(path.join(stage, 'keys'), path.join(config.dataDir, 'keys'));
      }
      await setAside(photosDir(config.dataDir));
      await move(path.join(stage, 'photos'), photosDir(config.dataDir));
      if (hasSecret) {
        await setAside(path.join(config.dataDir, 'session-secret'));
        await move(path.join(stage, 'session-secret'), path.join(config.dataDir, 'session-secret'));
      }
      if (hasAuditKey) {
        // The key that signed this database's audit head: without it the restored log would not verify.
        await setAside(path.join(config.dataDir, AUDIT_KEY_FILE));
        await move(path.join(stage, AUDIT_KEY_FILE), path.join(config.dataDir, AUDIT_KEY_FILE));
      }
      if (database.engine === 'sqlite') {
        const aside = `${database.file}.before-restore-${suffix}`;
        await setAside(database.file, aside);
        // Named after the database they belong to, so SQLite still reads them together if that copy is ever needed.
        for (const file of staleFiles(database.file)) await setAside(file, `${aside}${file.slice(database.file.length)}`);
        await move(stagedDb, database.file);
        await chmod(database.file, 0o600);
        await fsyncPath(path.dirname(database.file));
      }
      await fsyncPath(config.dataDir);
    } catch (error) {
      for (const m of moves.reverse()) await rename(m.to, m.from).catch(() => undefined);
      if (moves.length > 0) report('  a step failed: the files moved so far were put back');
      if (databaseRestored) report('  the PostgreSQL database WAS restored already; run the restore again once the cause is fixed');
      throw error;
    }
    for (const file of keptAside) report(`  kept: ${file}`);
    report(
      `  restored: database${hasSecret ? ', session secret' : ''}${hasAuditKey ? ', audit key' : ''}, ${plural(keyCount, 'card-signing key')}, ${plural(photoCount, 'photo')}`,
    );

    // 4. Check what is now in place.
    const facts = database.engine === 'sqlite' ? inspectSqlite(database.file) : await inspectPostgres(database.url);
    if (facts.integrityCheck !== null) report(`  PRAGMA integrity_check: ${facts.integrityCheck}`);
    const differ = Object.entries(manifest.database.rowCounts).filter(([table, n]) => facts.rowCounts[table] !== n);
    if (differ.length > 0) {
      report(`  row counts differ from the backup: ${differ.map(([t, n]) => `${t} ${String(facts.rowCounts[t])} (backup ${n})`).join(', ')}`);
    } else {
      report(`  row counts match the backup: ${plural(manifest.database.rowCounts.Holder ?? 0, 'holder')}, ${plural(manifest.database.rowCounts.Card ?? 0, 'card')}, ${plural(Object.keys(manifest.database.rowCounts).length, 'table')}`);
    }
    const notInBackup = Object.keys(facts.rowCounts).filter((t) => !(t in manifest.database.rowCounts));
    if (notInBackup.length > 0) report(`  tables the backup does not have were left as they were: ${notInBackup.join(', ')}`);
    if ((facts.integrityCheck !== null && facts.integrityCheck !== 'ok') || differ.length > 0) {
      throw new BackupError('The restored database does not check out (see above). The files it replaced are kept beside it; get help before starting the service.');
    }
    if (pending.length > 0) report(`  the service applies ${plural(pending.length, 'newer migration')} when it starts`);
    report('Restore complete. Start the service; delete the *.before-restore-* copies once all is well.');
    return { manifest, integrityCheck: facts.integrityCheck, keptAside };
  } finally {
    await rm(stage, { recursive: true, force: true });
    // Gone once renamed into place; after a failure, the unpacked copy.
    await rm(stagedDb, { force: true });
  }
}
