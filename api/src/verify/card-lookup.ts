import Database from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseTarget } from '../config.ts';
import { SQLITE_BUSY_TIMEOUT_MS } from '../db/database.ts';
import { openPgPool, pgTimeouts } from '../db/pg-pool.ts';

/** What verify needs about a card, read fresh from the database on every call. */
export type CardStatusRow = {
  id: string;
  number: string;
  status: string;
  expiresAt: Date;
  kid: string;
  keyStatus: string | null;
  givenName: string;
  preferredName: string | null;
  /** Only to choose the benefits that apply by age; never disclosed. */
  dateOfBirth: string;
};

/** A partner API key by the hash of its secret, with whether it (and its partner) may still be used. */
export type PartnerKeyRow = { id: string; partnerId: string; revoked: boolean; partnerActive: boolean; lastUsedOn: string | null };

export type CardLookup = {
  byId(id: string): Promise<CardStatusRow | undefined>;
  byNumber(number: string): Promise<CardStatusRow | undefined>;
  /** For keyed verify calls from till systems: read fresh, like card status. */
  partnerKey(hash: string): Promise<PartnerKeyRow | undefined>;
  close(): Promise<void>;
};

const PARTNER_KEY = `SELECT k."id", k."partnerId", k."revokedAt" IS NOT NULL AS "revoked", p."active" AS "partnerActive", k."lastUsedOn"
  FROM "PartnerKey" k JOIN "Partner" p ON p."id" = k."partnerId" WHERE k."hash" = `;

type RawKeyRow = Omit<PartnerKeyRow, 'revoked' | 'partnerActive'> & { revoked: unknown; partnerActive: unknown };
/** SQLite answers booleans as 0/1. */
const toKeyRow = (raw: RawKeyRow | undefined): PartnerKeyRow | undefined =>
  raw && { ...raw, revoked: Boolean(raw.revoked), partnerActive: Boolean(raw.partnerActive) };

const SELECT = `SELECT c."id", c."number", c."status", c."expiresAt", c."kid", k."status" AS "keyStatus", h."givenName", h."preferredName", h."dateOfBirth"
  FROM "Card" c JOIN "Holder" h ON h."id" = c."holderId" LEFT JOIN "SigningKey" k ON k."kid" = c."kid"`;

/**
 * The public verify hot path reads through its own connection and prepared
 * statements instead of the ORM (several times faster). It reads committed
 * data only, so whatever any API process committed (a revocation, a key
 * withdrawal) is seen by the very next call. No cache, so nothing to
 * invalidate across processes.
 */
export function openCardLookup(target: DatabaseTarget, options: { onIdleError(error: Error): void }): CardLookup {
  return target.engine === 'sqlite' ? sqliteLookup(target.file) : postgresLookup(target, options.onIdleError);
}

type RawRow = Omit<CardStatusRow, 'expiresAt'> & { expiresAt: unknown };
/** Prisma stores SQLite DateTime as epoch milliseconds or ISO text; PostgreSQL rows arrive as Date. */
function toRow(raw: RawRow | undefined): CardStatusRow | undefined {
  if (!raw) return undefined;
  const value = raw.expiresAt;
  const expiresAt = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number));
  return { ...raw, expiresAt };
}

function sqliteLookup(file: string): CardLookup {
  const db = new Database(file, { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  const byId = db.prepare(`${SELECT} WHERE c."id" = ?`);
  const byNumber = db.prepare(`${SELECT} WHERE c."number" = ?`);
  const partnerKey = db.prepare(`${PARTNER_KEY}?`);
  return {
    byId: async (id) => toRow(byId.get(id) as RawRow | undefined),
    byNumber: async (number) => toRow(byNumber.get(number) as RawRow | undefined),
    partnerKey: async (hash) => toKeyRow(partnerKey.get(hash) as RawKeyRow | undefined),
    close: async () => void db.close(),
  };
}

function postgresLookup(target: Extract<DatabaseTarget, { engine: 'postgresql' }>, onIdleError: (error: Error) => void): CardLookup {
  // Every wait is bounded (connect, free connection, statement), an idle connection PostgreSQL
  // terminated is reported to onIdleError instead of ending the process, and connections cut off
  // mid-query come back to the pool (db/pg-pool.ts); a failure reaches the caller as the driver's
  // error, which the error handler answers with 503 DATABASE_UNAVAILABLE.
  const pool = openPgPool(target.url, pgTimeouts(target.timeouts), {
    max: 4,
    onIdleError,
    // Prisma writes UTC into "timestamp without time zone": read it back as UTC, whatever TZ this process has.
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === pg.types.builtins.TIMESTAMP ? (value: string) => new Date(`${value.replace(' ', 'T')}Z`) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  const query = async (name: string, where: string, value: string) =>
    toRow((await pool.query<RawRow>({ name, text: `${SELECT} WHERE ${where} = $1`, values: [value] })).rows[0]);
  return {
    byId: (id) => query('verify-card-by-id', 'c."id"', id),
    byNumber: (number) => query('verify-card-by-number', 'c."number"', number),
    partnerKey: async (hash) => toKeyRow((await pool.query<RawKeyRow>({ name: 'verify-partner-key', text: `${PARTNER_KEY}$1`, values: [hash] })).rows[0]),
    close: () => pool.end(),
  };
}
