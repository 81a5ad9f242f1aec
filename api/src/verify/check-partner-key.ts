import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { hashPartnerKey, PARTNER_KEY_PREFIX } from '../partners/partner-key-secret.ts';

export type CheckedPartnerKey = { partnerId: string; keyId: string };

/**
 * The partner a verify call's API key belongs to, read fresh every time
 * through verify's own prepared statements (a revocation applies to the very
 * next call, in every process), or INVALID_PARTNER_KEY for an unknown or
 * revoked key or an inactive partner. It writes nothing: the key's last use
 * is recorded with the scan counts.
 */
export async function checkPartnerKey(deps: Pick<AppDeps, 'cardLookup'>, options: { secret: string }): Promise<CheckedPartnerKey> {
  const { secret } = options;
  const refused = () => new AppError('INVALID_PARTNER_KEY', 'This partner key is not valid. Ask the young carers service for a new one.');
  if (!secret.startsWith(PARTNER_KEY_PREFIX) || secret.length > 100) throw refused();
  const key = await deps.cardLookup.partnerKey(hashPartnerKey(secret));
  if (!key || key.revoked || !key.partnerActive) throw refused();
  return { partnerId: key.partnerId, keyId: key.id };
}
