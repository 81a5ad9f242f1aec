import { gzipSync } from 'node:zlib';
import { SignJWT } from 'jose';
import type { AppDeps } from '../deps.ts';
import { activeSigningKey } from '../keys/active-signing-key.ts';
import { LISTED_CARD_STATUSES } from '../cards/schemas.ts';
import { Prisma } from '../generated/sqlite/client.ts';

/**
 * W3C Bitstring Status List (v1.0) as a signed VC-JWT. Bit `sl` (the index in
 * each card's token; bit 0 is the left-most bit of the first byte) is 1 while
 * the card is revoked or suspended. Suspension can be lifted, so the list's
 * statusPurpose is "suspension".
 *
 * Cards fill lists of 131,072 entries one after the other (list 0 first;
 * `sl` = list × 131,072 + the card's random position in that list), and the
 * one credential holds every list in use, in order: so `bits[sl >> 3]` is the
 * card's byte whatever its list, the same code that read the single list
 * before. Each card sits at a random position among at least 131,072, so
 * fetching the list says nothing about which card is checked.
 */
export const STATUS_LIST_TYP = 'vc+jwt';
/** Entries in each status list (W3C minimum for herd privacy is 131,072); each card takes a random one in the list being filled. */
export const STATUS_LIST_SIZE = 131_072;
/** How long a built list is reused by this process, and how long clients may cache it. */
export const STATUS_LIST_MAX_AGE_SECONDS = 60;

/**
 * The highest status index given to any card, or null before the first card.
 * A descending read of the unique index, one row: Prisma's aggregate() wraps
 * MAX() around a subquery with OFFSET, which PostgreSQL cannot fold, so it
 * read every card (about 0.5 s at 1,000,000 cards).
 */
export async function highestStatusIndex(db: Pick<AppDeps['db'], 'card'>): Promise<number | null> {
  const row = await db.card.findFirst({ orderBy: { statusIndex: 'desc' }, select: { statusIndex: true } });
  return row?.statusIndex ?? null;
}

/** The lists a credential covers: every list a card was ever given an index in (at least list 0). */
export function listsFor(highestIndex: number | null): number {
  return highestIndex === null ? 1 : Math.floor(highestIndex / STATUS_LIST_SIZE) + 1;
}

/** Signs the bits of every list as one Bitstring Status List credential. */
export async function signStatusList(
  deps: Pick<AppDeps, 'db' | 'keyring' | 'config'>,
  bits: Uint8Array,
  builtAt: Date,
): Promise<string> {
  const encodedList = `u${gzipSync(bits).toString('base64url')}`;
  const url = `${deps.config.publicUrl}/api/v1/status-list`;
  const key = await activeSigningKey(deps);
  const iat = Math.floor(builtAt.getTime() / 1000);
  return new SignJWT({
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: deps.config.cards.issuer,
    validFrom: builtAt.toISOString(),
    credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: 'suspension', encodedList },
  })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: STATUS_LIST_TYP })
    .setIssuer(deps.config.cards.issuer)
    .setSubject(url)
    .setIssuedAt(iat)
    .setExpirationTime(iat + 24 * 3600)
    .sign(key.privateKey);
}

/** The bits of `lists` lists, set for the given indexes. */
export function bitsFor(lists: number, listed: Iterable<number>): Uint8Array {
  const bits = new Uint8Array((lists * STATUS_LIST_SIZE) / 8);
  for (const index of listed) setBit(bits, index, true);
  return bits;
}

export function setBit(bits: Uint8Array, index: number, on: boolean): void {
  const mask = 0x80 >> (index & 7);
  if (on) bits[index >> 3]! |= mask;
  else bits[index >> 3]! &= ~mask;
}

/**
 * Every listed card, read afresh: the first build in a process, and the
 * periodic full one (status-list-cache.ts). Only the status indexes, read
 * from the (status, statusIndex) index without visiting the cards, and
 * joined into one text value in the database: 20,000 rows through the ORM
 * cost about ten times as much as the query itself. string_agg() is in
 * PostgreSQL and in SQLite from 3.44 (better-sqlite3 11 bundles 3.49).
 */
export async function readListedIndexes(deps: Pick<AppDeps, 'db'>): Promise<number[]> {
  const [row] = await deps.db.$queryRaw<{ indexes: string | null }[]>`
    SELECT string_agg(CAST("statusIndex" AS TEXT), ',') AS "indexes" FROM "Card" WHERE "status" IN (${Prisma.join(LISTED_CARD_STATUSES)})`;
  return row?.indexes ? row.indexes.split(',').map(Number) : [];
}
