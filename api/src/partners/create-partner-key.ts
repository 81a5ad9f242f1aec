import { randomUUID } from 'node:crypto';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { cleanName } from '../shared/clean-text.ts';
import { findPartner } from './find-partner.ts';
import { hashPartnerKey, newPartnerKeySecret } from './partner-key-secret.ts';
import { toPartnerKeyView } from './partner-key-view.ts';
import type { CreatedPartnerKey } from './schemas.ts';

/** How much of the secret is kept in the clear, to tell keys apart ("ycp_" and four more). */
const PREFIX_SHOWN = 8;

/** A new key for a partner's till system. The secret is returned this once. */
export async function createPartnerKey(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; partnerId: string; name: string },
): Promise<CreatedPartnerKey> {
  const { context, partnerId } = options;
  await findPartner(deps, { partnerId });
  const label = cleanName(options.name);
  if (!label) throw new AppError('VALIDATION_FAILED', 'name is empty once invisible characters are removed.', { field: 'name' });
  const secret = newPartnerKeySecret();
  const key = await inTransaction(deps.db, async (tx) => {
    const row = await tx.partnerKey.create({
      data: { id: randomUUID(), partnerId, name: label, prefix: secret.slice(0, PREFIX_SHOWN), hash: hashPartnerKey(secret), createdAt: deps.clock() },
    });
    await appendAuditEvent(tx, deps, context, { action: 'partner_key.create', entityType: 'partner', entityId: partnerId, details: { keyId: row.id } });
    return row;
  });
  return { key: toPartnerKeyView(key), secret };
}
