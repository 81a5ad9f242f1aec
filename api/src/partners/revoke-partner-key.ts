import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { toPartnerKeyView } from './partner-key-view.ts';
import type { PartnerKeyView } from './schemas.ts';

/** Refused from the next verify call on, in every process. Only the partner's own keys; revoking again changes nothing. */
export async function revokePartnerKey(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; partnerId: string; keyId: string },
): Promise<PartnerKeyView> {
  const { context, partnerId, keyId } = options;
  const key = await deps.db.partnerKey.findFirst({ where: { id: keyId, partnerId } });
  if (!key) throw new AppError('NOT_FOUND', 'No such key for this partner.');
  if (key.revokedAt) return toPartnerKeyView(key);
  await inTransaction(deps.db, async (tx) => {
    // Of two revokes at once, one sets the time and is recorded; the other changes nothing.
    const revoked = await tx.partnerKey.updateMany({ where: { id: keyId, revokedAt: null }, data: { revokedAt: deps.clock() } });
    if (revoked.count === 1) await appendAuditEvent(tx, deps, context, { action: 'partner_key.revoke', entityType: 'partner', entityId: partnerId, details: { keyId } });
  });
  return toPartnerKeyView(await deps.db.partnerKey.findUniqueOrThrow({ where: { id: keyId } }));
}
