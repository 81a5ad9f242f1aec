import type { AppDeps } from '../deps.ts';
import { parseCardNumber, formatCardNumber } from '../cards/card-number.ts';
import { verifyCardToken } from '../cards/card-token.ts';
import { expiresOnDate } from '../cards/card-expiry.ts';
import { applicableBenefits } from '../partners/benefit-rules.ts';
import { calendarDay } from '../shared/calendar.ts';
import type { CardStatusRow } from './card-lookup.ts';
import type { CheckedPartnerKey } from './check-partner-key.ts';
import type { VerifyBody, VerifyResult } from './schemas.ts';

export type VerifyDeps = Pick<AppDeps, 'db' | 'cardLookup' | 'keyring' | 'config' | 'clock' | 'branding' | 'benefits' | 'scanCounter'>;

/**
 * Why a check came out as it did. Internal only: for tests and debug logs.
 * The public answer is the same, byte for byte, for every not_valid reason.
 */
export type VerifyReason =
  | 'valid'
  | 'expired'
  | 'token_unknown_key'
  | 'token_invalid'
  | 'card_number_invalid'
  | 'card_unknown'
  | 'card_key_mismatch'
  | 'key_withdrawn'
  | 'card_revoked'
  | 'card_suspended';

export type VerifyOutcome = { answer: VerifyResult; reason: VerifyReason };

/**
 * The public check. Resolves the partner asking (its API key, already
 * checked, or its verify-link code), checks the card, and counts the scan
 * for that partner (a count per day, nothing about the card). One database
 * read per call, always: a revocation, suspension or key withdrawal made by
 * any process is seen by the very next call.
 */
export async function verifyCard(deps: VerifyDeps, options: { request: VerifyBody; partnerKey?: CheckedPartnerKey }): Promise<VerifyOutcome> {
  const { request, partnerKey } = options;
  const now = deps.clock();
  const { view } = await deps.branding.current();
  const issuer = { name: view.organisationName, helpline: view.helpline };
  const snapshot = await deps.benefits.current();
  // A stale or unknown link code still checks cards; it only names no partner.
  const partnerId = partnerKey?.partnerId ?? (request.partner ? snapshot.partners.find((p) => p.verifyCode === request.partner)?.id : undefined);

  const { row, reason } = await checkCard(deps, request, now);
  let outcome: VerifyOutcome;
  if (!row) {
    outcome = { answer: { result: 'not_valid', issuer }, reason };
  } else if (reason === 'expired') {
    outcome = { answer: { result: 'expired', givenName: row.preferredName ?? row.givenName, expiresOn: expiresOnDate(row.expiresAt), issuer }, reason };
  } else {
    outcome = {
      answer: {
        result: 'valid',
        givenName: row.preferredName ?? row.givenName,
        cardNumber: formatCardNumber(row.number),
        expiresOn: expiresOnDate(row.expiresAt),
        issuer,
        benefits: applicableBenefits(snapshot, row, calendarDay(now), partnerId),
      },
      reason,
    };
  }
  deps.scanCounter.count({ partnerId, result: outcome.answer.result, at: now, partnerKeyId: partnerKey?.keyId, cardId: row?.id });
  return outcome;
}

/** The card row when the card is valid or expired; otherwise why not. */
async function checkCard(
  deps: VerifyDeps,
  request: VerifyBody,
  now: Date,
): Promise<{ row: CardStatusRow; reason: 'valid' | 'expired' } | { row: undefined; reason: Exclude<VerifyReason, 'valid' | 'expired'> }> {
  let row: CardStatusRow | undefined;
  let tokenExpired = false;
  if ('token' in request) {
    const kid = await ensurePublicKeyLoaded(deps, request.token);
    if (!kid) return { row: undefined, reason: 'token_unknown_key' };
    const check = await verifyCardToken(request.token, (k) => deps.keyring.publicKey(k), { issuer: deps.config.cards.issuer, now });
    if (check.kind === 'invalid') return { row: undefined, reason: 'token_invalid' };
    tokenExpired = check.kind === 'expired';
    row = await deps.cardLookup.byId(check.cardId);
    if (row && row.kid !== check.kid) return { row: undefined, reason: 'card_key_mismatch' };
  } else {
    const number = parseCardNumber(request.cardNumber);
    if (!number) return { row: undefined, reason: 'card_number_invalid' };
    row = await deps.cardLookup.byNumber(number);
  }
  if (!row) return { row: undefined, reason: 'card_unknown' };
  if (row.keyStatus === null || row.keyStatus === 'withdrawn') return { row: undefined, reason: 'key_withdrawn' };
  if (row.status === 'revoked') return { row: undefined, reason: 'card_revoked' };
  if (tokenExpired || row.expiresAt <= now) return { row, reason: 'expired' };
  if (row.status !== 'active') return { row: undefined, reason: 'card_suspended' };
  return { row, reason: 'valid' };
}

/** Loads a kid's public key from the registry into memory the first time it is seen. Returns the kid when it is ours. */
async function ensurePublicKeyLoaded(deps: Pick<VerifyDeps, 'db' | 'keyring'>, token: string): Promise<string | undefined> {
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
