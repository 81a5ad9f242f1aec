import { randomUUID } from 'node:crypto';
import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { AppError } from '../errors.ts';
import type { PartnerKey } from '../generated/sqlite/client.ts';
import { cleanName } from '../shared/clean-text.ts';
import type { PartnerDeps } from './deps.ts';
import { hashPartnerKey, newPartnerKeySecret } from './partner-key-secret.ts';
import { findPartner } from './partners.ts';
import type { CreatedPartnerKey, PartnerKeyView } from './schemas.ts';

const PREFIX_SHOWN = 8;


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
  const secret = newPartnerKeySecret();
  const key = await deps.db.partnerKey.create({
    data: { id: randomUUID(), partnerId, name: label, prefix: secret.slice(0, PREFIX_SHOWN), hash: hashPartnerKey(secret), createdAt: deps.clock() },
  });
  await recordAuditEvent(deps, context, { action: 'partner_key.create', entityType: 'partner', entityId: partnerId, details: { keyId: key.id } });
  return { key: toPartnerKeyView(key), secret };
}

export async function revokePartnerKey(deps: PartnerDeps, context: AuditContext, partnerId: string, keyId: string): Promise<PartnerKeyView> {
  const key = await deps.db.partnerKey.findFirst({ where: { id: keyId, partnerId } });
  if (!key) throw new AppError('NOT_FOUND', 'No such key for this partner.');
  if (key.revokedAt) return toPartnerKeyView(key);
  const revoked = await deps.db.partnerKey.update({ where: { id: keyId }, data: { revokedAt: deps.clock() } });
  await recordAuditEvent(deps, context, { action: 'partner_key.revoke', entityType: 'partner', entityId: partnerId, details: { keyId } });
  return toPartnerKeyView(revoked);
}
