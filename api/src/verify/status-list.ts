import { gzipSync } from 'node:zlib';
import { SignJWT } from 'jose';
import type { AppDeps } from '../deps.ts';
import { activeSigningKey } from '../keys/active-signing-key.ts';
import { LISTED_CARD_STATUSES } from '../cards/schemas.ts';

/**
 * W3C Bitstring Status List (v1.0) as a signed VC-JWT. Bit `sl` (the index in
 * each card's token; bit 0 is the left-most bit of the first byte) is 1 while
 * the card is revoked or suspended. Suspension can be lifted, so the list's
 * statusPurpose is "suspension". Every card sits at a random index among
 * 131,072, so fetching the list says nothing about which card is checked.
 */
export const STATUS_LIST_TYP = 'vc+jwt';
/** Entries in the status list (W3C minimum for herd privacy is 131,072); each card takes a random one. */
export const STATUS_LIST_SIZE = 131_072;
/** How long a built list is reused by this process, and how long clients may cache it. */
export const STATUS_LIST_MAX_AGE_SECONDS = 60;

export async function buildStatusList(deps: Pick<AppDeps, 'db' | 'keyring' | 'config' | 'clock'>): Promise<{ jwt: string; builtAt: Date }> {
  const builtAt = deps.clock();
  const rows = await deps.db.card.findMany({ where: { status: { in: LISTED_CARD_STATUSES } }, select: { statusIndex: true } });
  const bits = new Uint8Array(STATUS_LIST_SIZE / 8);
  for (const { statusIndex } of rows) bits[statusIndex >> 3]! |= 0x80 >> (statusIndex & 7);
  const encodedList = `u${gzipSync(bits).toString('base64url')}`;
  const url = `${deps.config.publicUrl}/api/v1/status-list`;
  const key = await activeSigningKey(deps);
  const iat = Math.floor(builtAt.getTime() / 1000);
  const jwt = await new SignJWT({
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
  return { jwt, builtAt };
}
