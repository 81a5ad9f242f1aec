import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, mkdtemp, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { AUDIT_KEY_FILE } from '../audit/audit-key.ts';
import type { Config } from '../config.ts';
import { photosDir } from '../holders/holder-photo.ts';
import { BackupError } from './backup-error.ts';
import { Encryptor, MIN_PASSPHRASE_LENGTH } from './encryption.ts';
import { ArchiveFile, formatBytes, fsyncPath, plural } from './files.ts';
import { AUDIT_KEY_PATH, FORMAT_VERSION, isKeyFileName, isPhotoFileName, MANIFEST_NAME, type FileKind, type Manifest, type ManifestFile } from './manifest.ts';
import { dumpPostgres, libpqEnv } from './postgres.ts';
import { inspectSqlite, snapshotSqlite, type DatabaseFacts } from './sqlite.ts';
import { TarWriter } from './tar.ts';

export type BackupOptions = {
  config: Pick<Config, 'dataDir' | 'database' | 'sessionSecret' | 'cards'>;
  /** The archive to write; it must not exist yet. */
  output: string;
  /** Encrypts the archive when given. */
  passphrase: string | null;
  report(line: string): void;
  now?: () => Date;
};

export type BackupResult = { file: string; bytes: number; encrypted: boolean; manifest: Manifest };

const appVersion = (): string => {
  try {
    return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

/**
 * Hard-links every photo now in DATA_DIR/photos into the staging folder.
 * Photos are never changed in place (a new photo is a new file), so a link
 * keeps exactly that file even if the service replaces and deletes it a
 * moment later. Taken before and after the database snapshot, the two passes
 * hold every photo the snapshot can point at, except one both created and
 * deleted between them (checked afterwards, and the snapshot taken again).
 */
async function linkPhotos(from: string, to: string, linked: Set<string>): Promise<void> {
  let names: string[];
  try {
    names = await readdir(from);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await mkdir(to, { recursive: true, mode: 0o700 });
  for (const name of names) {
    if (linked.has(name) || !isPhotoFileName(name)) continue;
    const source = path.join(from, name);
    const target = path.join(to, name);
    try {
      if (!(await stat(source)).isFile()) continue;
      await link(source, target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code === 'EXDEV' || error.code === 'EPERM' || error.code === 'ENOTSUP') await copyFile(source, target);
        else throw error;
      });
      linked.add(name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // deleted meanwhile
    }
  }
}

async function readDirOrEmpty(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * `npm run backup`: one archive (a plain tar, or that tar encrypted) holding
 * a consistent database snapshot taken while the service runs, the session
 * secret, the card-signing keys, every photo, and a manifest with the SHA-256
 * of each file. Written beside its final name, fsynced, then renamed, mode 0600.
 */
export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const { config, report } = options;
  const now = options.now ?? (() => new Date());
  const output = path.resolve(options.output);
  if (existsSync(output)) throw new BackupError(`${output} already exists; a backup never overwrites a file. Choose a new name.`);
  if (options.passphrase !== null && options.passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new BackupError(`The passphrase is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters (a few unrelated words).`);
  }
  if (!existsSync(config.dataDir)) throw new BackupError(`DATA_DIR ${config.dataDir} does not exist; is this the service's configuration?`);
  const database = config.database;
  if (database.engine === 'sqlite' && !existsSync(database.file)) throw new BackupError(`There is no database at ${database.file}; is this the service's configuration?`);
  await mkdir(path.dirname(output), { recursive: true, mode: 0o700 });

  const createdAt = now();
  report(
    `Backing up Young Carer Cards (${database.engine === 'sqlite' ? `SQLite ${database.file}` : `PostgreSQL ${libpqEnv(database.url).display}`}, DATA_DIR ${config.dataDir})`,
  );
  const stage = await mkdtemp(path.join(config.dataDir, '.backup-'));
  const temp = path.join(path.dirname(output), `.${path.basename(output)}.partial-${randomBytes(4).toString('hex')}`);
  let archive: ArchiveFile | undefined;
  try {
    const stagedPhotos = path.join(stage, 'photos');
    const linked = new Set<string>();
    const dbFile = path.join(stage, database.engine === 'sqlite' ? 'ycards.db' : 'ycards.pgdump');
    let facts: DatabaseFacts | undefined;
    let missing: string[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await linkPhotos(photosDir(config.dataDir), stagedPhotos, linked);
      await rm(dbFile, { force: true });
      if (database.engine === 'sqlite') {
        await snapshotSqlite(database.file, dbFile);
        facts = inspectSqlite(dbFile);
        if (facts.integrityCheck !== 'ok') {
          throw new BackupError(`The database fails PRAGMA integrity_check (${String(facts.integrityCheck).slice(0, 300)}); no backup written. Copy DATA_DIR aside as it is and get help.`);
        }
      } else {
        facts = await dumpPostgres(database.url, dbFile);
      }
      await linkPhotos(photosDir(config.dataDir), stagedPhotos, linked);
      missing = facts.photoFiles.filter((f) => !linked.has(f));
      if (missing.length === 0) break;
    }
    if (!facts) throw new BackupError('no database snapshot was taken');
    const dbSize = (await stat(dbFile)).size;
    const cards = facts.rowCounts.Card ?? 0;
    const holders = facts.rowCounts.Holder ?? 0;
    report(
      `  database snapshot: ${formatBytes(dbSize)}, ${plural(holders, 'holder')}, ${plural(cards, 'card')}` +
        (facts.integrityCheck ? `, integrity_check ${facts.integrityCheck}` : ', pg_dump custom format from one snapshot'),
    );

    const notes: string[] = [];
    if (missing.length > 0) {
      notes.push(`${plural(missing.length, 'photo')} the database points at were already missing from DATA_DIR/photos: ${missing.slice(0, 20).join(', ')}`);
    }
    if (config.sessionSecret) notes.push('SESSION_SECRET is set in the environment, so it is not in this backup: keep it with the backup.');
    if (config.cards.signingKeys.length > 0) notes.push('CARD_SIGNING_KEYS is set in the environment, so those keys are not in this backup: keep them with the backup.');

    const encryptor = options.passphrase === null ? undefined : await Encryptor.create(options.passphrase);
    archive = await ArchiveFile.create(temp, encryptor);
    const tar = new TarWriter(archive);
    const files: ManifestFile[] = [];
    const add = async (archivePath: string, kind: FileKind, source: string) => {
      const handle = await open(source, 'r');
      try {
        const info = await handle.stat();
        const hash = createHash('sha256');
        await tar.add({ name: archivePath, size: info.size, mode: 0o600, mtime: info.mtime }, handle.createReadStream({ autoClose: false }), (c) => hash.update(c));
        files.push({ path: archivePath, kind, size: info.size, sha256: hash.digest('hex') });
      } finally {
        await handle.close();
      }
    };

    await add(`database/${path.basename(dbFile)}`, 'database', dbFile);
    const secretFile = path.join(config.dataDir, 'session-secret');
    if (existsSync(secretFile)) await add('data/session-secret', 'session-secret', secretFile);
    else if (!config.sessionSecret) notes.push('There was no DATA_DIR/session-secret: after a restore staff sign in again.');
    const auditKeyFile = path.join(config.dataDir, AUDIT_KEY_FILE);
    if (existsSync(auditKeyFile)) await add(AUDIT_KEY_PATH, 'audit-key', auditKeyFile);
    else notes.push('There was no DATA_DIR/audit-signing-key.jwk.json: after a restore the audit log\'s signed head does not verify.');
    const keysDir = path.join(config.dataDir, 'keys');
    const keys = (await readDirOrEmpty(keysDir)).filter(isKeyFileName);
    for (const name of keys) await add(`data/keys/${name}`, 'key', path.join(keysDir, name));
    report(`  session secret: ${existsSync(secretFile) ? 'yes' : 'no (see the notes)'}; audit key: ${existsSync(auditKeyFile) ? 'yes' : 'no'}; card-signing keys: ${keys.length}`);

    const photos = [...linked].sort();
    let photoBytes = 0;
    for (const [index, name] of photos.entries()) {
      await add(`data/photos/${name}`, 'photo', path.join(stagedPhotos, name));
      photoBytes += files.at(-1)!.size;
      if ((index + 1) % 1000 === 0) report(`  photos: ${index + 1} of ${photos.length}...`);
    }
    report(`  photos: ${photos.length} (${formatBytes(photoBytes)})`);

    const manifest: Manifest = {
      format: 'ycards-backup',
      formatVersion: FORMAT_VERSION,
      createdAt: createdAt.toISOString(),
      appVersion: appVersion(),
      engine: database.engine,
      database: { file: `database/${path.basename(dbFile)}`, integrityCheck: facts.integrityCheck, migrations: facts.migrations, rowCounts: facts.rowCounts },
      files,
      notes,
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
    await tar.add({ name: MANIFEST_NAME, size: manifestBytes.length, mode: 0o600, mtime: createdAt }, (async function* () {
      yield manifestBytes;
    })());
    await tar.finish();
    await archive.close();
    archive = undefined;
    await rename(temp, output);
    await fsyncPath(path.dirname(output));
    const bytes = (await stat(output)).size;
    report(`Backup written: ${output} (${formatBytes(bytes)}, mode 0600${encryptor ? ', encrypted: scrypt + AES-256-GCM' : ', NOT encrypted'})`);
    report(`  manifest: format ${FORMAT_VERSION}, created ${manifest.createdAt}, ${plural(files.length, 'file')} with SHA-256`);
    for (const note of notes) report(`  NOTE: ${note}`);
    if (!encryptor) report('  It holds children\'s personal data: store it encrypted (BACKUP_PASSPHRASE or --passphrase-file encrypts it).');
    return { file: output, bytes, encrypted: Boolean(encryptor), manifest };
  } catch (error) {
    await archive?.abandon();
    await rm(temp, { force: true });
    throw error;
  } finally {
    await rm(stage, { recursive: true, force: true });
  }
}
