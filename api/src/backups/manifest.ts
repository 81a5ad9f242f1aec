import { Type, type Static } from 'typebox';
import { Compile } from 'typebox/compile';
import { BackupError } from './backup-error.ts';

/** The last entry of every backup archive. */
export const MANIFEST_NAME = 'manifest.json';
export const FORMAT_VERSION = 1;

export const FileKind = Type.Enum(['database', 'session-secret', 'audit-key', 'key', 'photo']);

/** Where the audit log's signing key sits in the archive (DATA_DIR/audit-signing-key.jwk.json). */
export const AUDIT_KEY_PATH = 'data/audit-signing-key.jwk.json';
export type FileKind = Static<typeof FileKind>;

const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$' });

export const Manifest = Type.Object({
  format: Type.Literal('ycards-backup'),
  formatVersion: Type.Literal(FORMAT_VERSION),
  createdAt: Type.String({ format: 'date-time' }),
  appVersion: Type.String(),
  engine: Type.Enum(['sqlite', 'postgresql']),
  database: Type.Object({
    /** Path in the archive: database/ycards.db (a SQLite file) or database/ycards.pgdump (pg_dump custom format). */
    file: Type.String(),
    /** SQLite: PRAGMA integrity_check of the snapshot ("ok"); PostgreSQL: null. */
    integrityCheck: Type.Union([Type.String(), Type.Null()]),
    /** Migrations applied in the snapshot, in order. */
    migrations: Type.Array(Type.String()),
    /** Rows per table in the snapshot, checked again after a restore. */
    rowCounts: Type.Record(Type.String(), Type.Integer({ minimum: 0 })),
  }),
  files: Type.Array(
    Type.Object({ path: Type.String(), kind: FileKind, size: Type.Integer({ minimum: 0 }), sha256: Sha256 }, { additionalProperties: false }),
  ),
  /** What the backup does not hold that a restore needs (settings that live in the environment). */
  notes: Type.Array(Type.String()),
});
export type Manifest = Static<typeof Manifest>;
export type ManifestFile = Manifest['files'][number];

const checkManifest = Compile(Manifest);

export function parseManifest(text: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupError('The backup manifest is not valid JSON; the archive is damaged');
  }
  if (typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'ycards-backup') {
    const version = (value as { formatVersion?: unknown }).formatVersion;
    if (version !== FORMAT_VERSION) throw new BackupError(`This backup is format version ${String(version)}; this version of the product reads version ${FORMAT_VERSION}`);
  }
  if (!checkManifest.Check(value)) {
    const problems = [...checkManifest.Errors(value)].slice(0, 3).map((e) => `${e.instancePath || '(root)'} ${e.message}`);
    throw new BackupError(`The backup manifest is not valid (${problems.join('; ')})`);
  }
  return value;
}

const KEY_NAME = /^[A-Za-z0-9_-]{1,64}\.jwk\.json$/;
const PHOTO_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

/** What a path in the archive is, or null for one a backup never holds (so a restore refuses it). */
export function kindOfPath(archivePath: string): FileKind | null {
  if (archivePath === 'database/ycards.db' || archivePath === 'database/ycards.pgdump') return 'database';
  if (archivePath === 'data/session-secret') return 'session-secret';
  if (archivePath === AUDIT_KEY_PATH) return 'audit-key';
  const [top, folder, name, ...rest] = archivePath.split('/');
  if (top !== 'data' || rest.length > 0 || name === undefined) return null;
  if (folder === 'keys' && KEY_NAME.test(name)) return 'key';
  if (folder === 'photos' && PHOTO_NAME.test(name)) return 'photo';
  return null;
}

/** Names in DATA_DIR/keys and DATA_DIR/photos that a backup takes (never temp files, which start with a dot). */
export const isKeyFileName = (name: string) => KEY_NAME.test(name);
export const isPhotoFileName = (name: string) => PHOTO_NAME.test(name);
