import type { KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT, decodeProtectedHeader, type JWTPayload } from 'jose';

/**
 * Card tokens: compact JWS, EdDSA (Ed25519), our own `typ`, a short `kid`.
 * Anyone who scans a card can read the claims, so they are the minimum:
 * issuer, card id, issued/expiry times, the name the card prints (`n`) and
 * the card's status-list index (`sl`). Never family name, date of birth,
 * photo, address, school or anything about the person cared for.
 */
/** Short on purpose: every byte of the token is in the QR code. */
export const CARD_TOKEN_TYP = 'ycc';
/** Longer than any token we issue (a long name stays far below it); anything longer is refused before any work. */
export const MAX_TOKEN_LENGTH = 1024;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export type CardClaims = { cardId: string; name: string; statusIndex: number; issuedAt: Date; expiresAt: Date };

/**
 * QR version 13 at error correction M holds 331 bytes. The verify URL must fit,
 * so a name too long for what is left is shortened (by whole characters, with
 * an ellipsis) in the token only; the card and the online verify answer show
 * the full name.
 */
export const MAX_VERIFY_URL_BYTES = 331;

export async function signCardTokenForUrl(
  key: { kid: string; privateKey: KeyObject },
  issuer: string,
  claims: CardClaims,
  urlPrefix: string,
): Promise<string> {
  let name = [...claims.name];
  for (;;) {
    const token = await signCardToken(key, issuer, { ...claims, name: name.join('') });
    if (Buffer.byteLength(urlPrefix + token) <= MAX_VERIFY_URL_BYTES || name.length <= 1) return token;
    name = [...name.slice(0, name[name.length - 1] === '…' ? -2 : -1), '…'];
  }
}

export async function signCardToken(
  key: { kid: string; privateKey: KeyObject },
  issuer: string,
  claims: CardClaims,
): Promise<string> {
  return new SignJWT({ n: claims.name, sl: claims.statusIndex })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: CARD_TOKEN_TYP })
    .setIssuer(issuer)
    .setSubject(claims.cardId)
    .setIssuedAt(Math.floor(claims.issuedAt.getTime() / 1000))
    .setExpirationTime(Math.floor(claims.expiresAt.getTime() / 1000))
    .sign(key.privateKey);
}

export type TokenCheck =
  | { kind: 'valid'; cardId: string; kid: string }
  | { kind: 'expired'; cardId: string; kid: string }
  | { kind: 'invalid' };

/**
 * Verifies a card token. Pinned: algorithm EdDSA, our typ, our issuer, and a
 * kid that names one of our keys (`keyFor` returns undefined otherwise).
 * `expired` is only reported for a token whose signature is good.
 */
export async function verifyCardToken(
  token: string,
  keyFor: (kid: string) => KeyObject | undefined,
  options: { issuer: string; now: Date },
): Promise<TokenCheck> {
  if (token.length > MAX_TOKEN_LENGTH || !COMPACT_JWS.test(token) || !token.split('.').every(isCanonicalBase64url)) {
    return { kind: 'invalid' };
  }
  let kid: string | undefined;
  try {
    const header = decodeProtectedHeader(token);
    kid = typeof header.kid === 'string' ? header.kid : undefined;
  } catch {
    return { kind: 'invalid' };
  }
  const key = kid ? keyFor(kid) : undefined;
  if (!kid || !key) return { kind: 'invalid' };
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ['EdDSA'],
      typ: CARD_TOKEN_TYP,
      issuer: options.issuer,
      requiredClaims: ['sub', 'exp', 'iat'],
      currentDate: options.now,
    });
    return wellFormed(payload) ? { kind: 'valid', cardId: payload.sub!, kid } : { kind: 'invalid' };
  } catch (error) {
    // jose checks the signature before the claims, so an expiry error means the signature was good.
    if (error instanceof errors.JWTExpired && wellFormed(error.payload)) {
      return { kind: 'expired', cardId: error.payload.sub!, kid };
    }
    return { kind: 'invalid' };
  }
}

/** Base64url decoders ignore a final symbol's spare bits; a token must be exactly as signed, so only the canonical spelling is accepted. */
function isCanonicalBase64url(segment: string): boolean {
  return Buffer.from(segment, 'base64url').toString('base64url') === segment;
}

function wellFormed(payload: JWTPayload): boolean {
  return typeof payload.sub === 'string' && payload.sub.length > 0 && payload.sub.length <= 64 && typeof payload.n === 'string' && Number.isInteger(payload.sl);
}
