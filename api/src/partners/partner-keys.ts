import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { Db } from '../db/database.ts';
import type { CardLookup } from '../verify/card-lookup.ts';
import { AppError } from '../errors.ts';
import type { PartnerKey } from '../generated/sqlite/client.ts';
import { cleanName } from '../holders/holder-names.ts';
import { calendarDay, partnerNow, type PartnerDeps } from './deps.ts';
import { findPartner } from './partners.ts';
import type { CreatedPartnerKey, PartnerKeyView } from './schemas.ts';

const KEY_PREFIX = 'ycp_';
const PREFIX_SHOWN = 8;

/** Keys have 256 random bits, so a fast hash is enough (nothing to brute-force); the secret itself is never stored. */
export const hashPartnerKey = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function toPartnerKeyView(key: PartnerKey): PartnerKeyView {
  return {
    id: key.id,
    partnerId: key.partnerId,
    name: key.name,
    prefix: key.prefix,
    createdAt: key.createdAt.toISOString(),
    lastUsedOn: key.lastUsedOn,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

export async function listPartnerKeys(deps: PartnerDeps, partnerId: string): Promise<PartnerKeyView[]> {
  await findPartner(deps, partnerId);
  const keys = await deps.db.partnerKey.findMany({ where: { partnerId }, orderBy: { createdAt: 'desc' } });
  return keys.map(toPartnerKeyView);
}

/** A new key for a partner's till system. The secret is returned this once. */
export async function createPartnerKey(deps: PartnerDeps, context: AuditContext, partnerId: string, name: string): Promise<CreatedPartnerKey> {
  await findPartner(deps, partnerId);
  const label = cleanName(name);
  if (!label) throw new AppError('VALIDATION_FAILED', 'name is empty once invisible characters are removed.', { field: 'name' });
  const secret = KEY_PREFIX + randomBytes(32).toString('base64url');
  const key = await deps.db.partnerKey.create({
    data: { id: randomUUID(), partnerId, name: label, prefix: secret.slice(0, PREFIX_SHOWN), hash: hashPartnerKey(secret), createdAt: partnerNow(deps) },
  });
  await recordAuditEvent(deps, context, { action: 'partner_key.create', entityType: 'partner', entityId: partnerId, details: { keyId: key.id } });
  return { key: toPartnerKeyView(key), secret };
}

export async function revokePartnerKey(deps: PartnerDeps, context: AuditContext, partnerId: string, keyId: string): Promise<PartnerKeyView> {
  const key = await deps.db.partnerKey.findFirst({ where: { id: keyId, partnerId } });
  if (!key) throw new AppError('NOT_FOUND', 'No such key for this partner.');
  if (key.revokedAt) return toPartnerKeyView(key);
  const revoked = await deps.db.partnerKey.update({ where: { id: keyId }, data: { revokedAt: partnerNow(deps) } });
  await recordAuditEvent(deps, context, { action: 'partner_key.revoke', entityType: 'partner', entityId: partnerId, details: { keyId } });
  return toPartnerKeyView(revoked);
}

/**
 * The partner a verify call's key belongs to, read fresh every time through
 * verify's own prepared statements (a revocation applies to the very next
 * call, in every process), or INVALID_PARTNER_KEY for an unknown or revoked
 * key or an inactive partner.
 */
export async function partnerForKey(
  deps: { db: Db; lookup: Pick<CardLookup, 'partnerKey'> },
  secret: string,
  now: Date,
): Promise<{ partnerId: string; keyId: string }> {
  const { db } = deps;
  const refused = () => new AppError('INVALID_PARTNER_KEY', 'This partner key is not valid. Ask the young carers service for a new one.');
  if (!secret.startsWith(KEY_PREFIX) || secret.length > 100) throw refused();
  const key = await deps.lookup.partnerKey(hashPartnerKey(secret));
  if (!key || key.revoked || !key.partnerActive) throw refused();
  const today = calendarDay(now);
  // Day granularity: at most one write per key per day.
  if (key.lastUsedOn !== today) await db.partnerKey.update({ where: { id: key.id }, data: { lastUsedOn: today } });
  return { partnerId: key.partnerId, keyId: key.id };
}
