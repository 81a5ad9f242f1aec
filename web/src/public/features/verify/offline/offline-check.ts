import { base64url, createLocalJWKSet, decodeProtectedHeader, errors, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { expiresOnDate } from '../../../../../../api/src/cards/card-expiry.ts';
import { OFFLINE_CHECK_CACHE } from '../../../config/offline-caches.ts';

/**
 * Checking a card with no connection, as README "Verifying offline"
 * describes: the token's signature against the saved public keys (EdDSA only,
 * typ `ycc`, the status list's issuer, not expired), then the card's bit in
 * the saved status list. Every online load saves fresh copies of both
 * (refreshOfflineKit). Nothing here ever says "valid" without both checks.
 */

export const JWKS_PATH = '/.well-known/jwks.json';
export const STATUS_LIST_PATH = '/api/v1/status-list';

export type OfflineCheck =
  | { result: 'valid'; givenName: string; expiresOn: string; revocationsAsOf: Date }
  | { result: 'expired'; givenName: string; expiresOn: string; revocationsAsOf: Date }
  | { result: 'not_valid'; revocationsAsOf: Date }
  | { result: 'cannot_check'; reason: CannotCheckReason };

/**
 * no-data: nothing saved yet (the page was never opened online here, or the
 * browser keeps no storage); unsupported: this browser cannot check Ed25519
 * signatures or unzip the list; out-of-date: the saved list is past its
 * 24-hour life; unknown-key: the card is signed by a key this phone has not
 * seen (it may be newer than the saved keys).
 */
export type CannotCheckReason = 'no-data' | 'unsupported' | 'out-of-date' | 'unknown-key';

type StatusList = { issuer: string; bits: Uint8Array; asOf: Date };
type Kit = { keys: JSONWebKeySet; statusList: StatusList };
class CannotCheck extends Error {
  readonly reason: CannotCheckReason;
  constructor(reason: CannotCheckReason) {
    super(reason);
    this.reason = reason;
  }
}

/**
 * Online: fetches the keys and the status list, checks the list's signature
 * (so what is saved is usable, and this browser can check it), and saves both
 * for offline checks. Answers the moment the saved list speaks for.
 */
export async function refreshOfflineKit(): Promise<Date> {
  if (typeof caches === 'undefined') throw new CannotCheck('unsupported');
  const [keysResponse, listResponse] = await Promise.all([
    fetch(JWKS_PATH, { cache: 'no-cache', credentials: 'omit' }),
    fetch(STATUS_LIST_PATH, { cache: 'no-cache', credentials: 'omit' }),
  ]);
  if (!keysResponse.ok || !listResponse.ok) throw new Error('could not fetch the keys or the status list');
  const keys = (await keysResponse.clone().json()) as JSONWebKeySet;
  const statusList = await readStatusList(await listResponse.clone().text(), keys);
  const cache = await caches.open(OFFLINE_CHECK_CACHE);
  await Promise.all([cache.put(JWKS_PATH, keysResponse), cache.put(STATUS_LIST_PATH, listResponse)]);
  return statusList.asOf;
}

/** When the saved status list was made, if one is saved and usable here; else why not. */
export async function savedKitAsOf(): Promise<Date | CannotCheckReason> {
  try {
    return (await loadSavedKit(new Date())).statusList.asOf;
  } catch (error) {
    return reasonOf(error);
  }
}

export async function checkCardOffline(token: string, now = new Date()): Promise<OfflineCheck> {
  let kit: Kit;
  try {
    kit = await loadSavedKit(now);
  } catch (error) {
    return { result: 'cannot_check', reason: reasonOf(error) };
  }
  const revocationsAsOf = kit.statusList.asOf;
  const notValid: OfflineCheck = { result: 'not_valid', revocationsAsOf };
  let kid: unknown;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    return notValid;
  }
  if (typeof kid !== 'string' || !kit.keys.keys.some((key) => key.kid === kid)) {
    return { result: 'cannot_check', reason: 'unknown-key' };
  }
  try {
    const { payload } = await jwtVerify(token, createLocalJWKSet(kit.keys), {
      algorithms: ['EdDSA'],
      typ: 'ycc',
      issuer: kit.statusList.issuer,
      requiredClaims: ['sub', 'exp', 'iat'],
      currentDate: now,
    });
    const card = cardClaims(payload, kit.statusList);
    if (!card || card.blocked) return notValid;
    return { result: 'valid', givenName: card.name, expiresOn: card.expiresOn, revocationsAsOf };
  } catch (error) {
    // jose checks the signature before the claims: an expiry error means the signature was good.
    if (error instanceof errors.JWTExpired) {
      const card = cardClaims(error.payload, kit.statusList);
      if (!card || card.blocked) return notValid;
      return { result: 'expired', givenName: card.name, expiresOn: card.expiresOn, revocationsAsOf };
    }
    if (isUnsupported(error)) return { result: 'cannot_check', reason: 'unsupported' };
    return notValid;
  }
}

async function loadSavedKit(now: Date): Promise<Kit> {
  if (typeof caches === 'undefined') throw new CannotCheck('unsupported');
  const cache = await caches.open(OFFLINE_CHECK_CACHE);
  const [keysResponse, listResponse] = await Promise.all([cache.match(JWKS_PATH), cache.match(STATUS_LIST_PATH)]);
  if (!keysResponse || !listResponse) throw new CannotCheck('no-data');
  let keys: JSONWebKeySet;
  try {
    keys = (await keysResponse.json()) as JSONWebKeySet;
  } catch {
    throw new CannotCheck('no-data');
  }
  return { keys, statusList: await readStatusList(await listResponse.text(), keys, now) };
}

/** Verifies the status list (EdDSA, typ vc+jwt, within its life) and unzips its bits. */
async function readStatusList(jwt: string, keys: JSONWebKeySet, now = new Date()): Promise<StatusList> {
  if (!Array.isArray(keys.keys)) throw new CannotCheck('no-data');
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(jwt, createLocalJWKSet(keys), { algorithms: ['EdDSA'], typ: 'vc+jwt', requiredClaims: ['iss', 'iat'], currentDate: now }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new CannotCheck('out-of-date');
    if (isUnsupported(error)) throw new CannotCheck('unsupported');
    throw new CannotCheck('no-data');
  }
  const encoded = (payload.credentialSubject as { encodedList?: unknown } | undefined)?.encodedList;
  if (typeof encoded !== 'string' || !encoded.startsWith('u')) throw new CannotCheck('no-data'); // multibase 'u': base64url
  if (typeof DecompressionStream === 'undefined') throw new CannotCheck('unsupported');
  let bits: Uint8Array;
  try {
    const stream = new Blob([new Uint8Array(base64url.decode(encoded.slice(1)))]).stream().pipeThrough(new DecompressionStream('gzip'));
    bits = new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new CannotCheck('no-data');
  }
  return { issuer: payload.iss!, bits, asOf: new Date(payload.iat! * 1000) };
}

/** The claims a card token carries, and whether its status bit (bit 0 is the left-most bit of the first byte) is set. */
function cardClaims(payload: JWTPayload, list: StatusList): { name: string; expiresOn: string; blocked: boolean } | undefined {
  const { n: name, sl: index, exp } = payload;
  if (typeof name !== 'string' || typeof exp !== 'number' || typeof index !== 'number') return undefined;
  if (!Number.isInteger(index) || index < 0 || index >= list.bits.length * 8) return undefined;
  const blocked = (list.bits[index >> 3]! & (0x80 >> (index & 7))) !== 0;
  return { name, expiresOn: expiresOnDate(new Date(exp * 1000)), blocked };
}

/** This browser lacks Ed25519 in WebCrypto (or WebCrypto altogether, outside https). */
function isUnsupported(error: unknown): boolean {
  return error instanceof errors.JOSENotSupported || (error instanceof DOMException && error.name === 'NotSupportedError') || typeof crypto?.subtle === 'undefined';
}

function reasonOf(error: unknown): CannotCheckReason {
  if (error instanceof CannotCheck) return error.reason;
  return isUnsupported(error) ? 'unsupported' : 'no-data';
}
