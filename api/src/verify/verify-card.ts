import type { Db } from '../db/database.ts';
import type { Config } from '../config.ts';
import type { Keyring } from '../keys/keyring.ts';
import { parseCardNumber, formatCardNumber } from '../cards/card-number.ts';
import { verifyCardToken } from '../cards/card-token.ts';
import { expiresOnDate } from '../cards/card-expiry.ts';
import type { CardLookup, CardStatusRow } from './card-lookup.ts';
import type { Benefit, VerifyBody, VerifyResult } from './schemas.ts';

export type VerifyDeps = {
  db: Db;
  cards: CardLookup;
  keyring: Keyring;
  config: Pick<Config, 'organisation' | 'cards'>;
  /** The issuer as branding names it now (organisation name and helpline); config.organisation when absent. */
  issuer?: () => Promise<{ name: string; helpline: string }>;
  /** The benefits a valid card gets today, the asking partner's first; none when absent. */
  benefits?: (card: { dateOfBirth: string }, askingPartnerId: string | undefined, now: Date) => Promise<Benefit[]>;
  clock?: () => Date;
};


/**
 * The public check. One database read per call, always: a revocation,
 * suspension or key withdrawal made by any process is seen by the very next
 * call. Every failure gives the same `not_valid` answer; no reason is given.
 */
export async function verifyCard(deps: VerifyDeps, body: VerifyBody, askingPartnerId?: string): Promise<VerifyResult> {
  const now = deps.clock ? deps.clock() : new Date();
  const issuer = deps.issuer ? await deps.issuer() : { name: deps.config.organisation.name, helpline: deps.config.organisation.helpline };
  const notValid: VerifyResult = { result: 'not_valid', issuer };

  let row: CardStatusRow | undefined;
  let tokenExpired = false;
  if (typeof body.token === 'string') {
    const kid = await ensurePublicKeyLoaded(deps, body.token);
    if (!kid) return notValid;
    const check = await verifyCardToken(body.token, (k) => deps.keyring.publicKey(k), { issuer: deps.config.cards.issuer, now });
    if (check.kind === 'invalid') return notValid;
    tokenExpired = check.kind === 'expired';
    row = await deps.cards.byId(check.cardId);
    if (row && row.kid !== check.kid) return notValid;
  } else if (typeof body.cardNumber === 'string') {
    const number = parseCardNumber(body.cardNumber);
    if (!number) return notValid;
    row = await deps.cards.byNumber(number);
  }
  if (!row || row.keyStatus === null || row.keyStatus === 'withdrawn' || row.status === 'revoked') return notValid;
  const { expiresAt } = row;
  const givenName = row.preferredName ?? row.givenName;
  if (tokenExpired || expiresAt <= now) {
    return { result: 'expired', givenName, expiresOn: expiresOnDate(expiresAt), issuer };
  }
  if (row.status !== 'active') return notValid;
  return {
    result: 'valid',
    givenName,
    cardNumber: formatCardNumber(row.number),
    expiresOn: expiresOnDate(expiresAt),
    issuer,
    benefits: deps.benefits ? await deps.benefits(row, askingPartnerId, now) : [],
  };
}

/** Loads a kid's public key from the registry into memory the first time it is seen. Returns the kid when it is ours. */
async function ensurePublicKeyLoaded(deps: VerifyDeps, token: string): Promise<string | undefined> {
  const dot = token.indexOf('.');
  if (dot <= 0 || dot > 200) return undefined;
  let kid: unknown;
  try {
    kid = (JSON.parse(Buffer.from(token.slice(0, dot), 'base64url').toString('utf8')) as { kid?: unknown }).kid;
  } catch {
    return undefined;
  }
  if (typeof kid !== 'string' || kid.length > 64) return undefined;
  if (deps.keyring.publicKey(kid)) return kid;
  const key = await deps.db.signingKey.findUnique({ where: { kid } });
  return key && deps.keyring.publicKey(kid, key.publicJwk) ? kid : undefined;
}
