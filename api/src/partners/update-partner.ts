import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUniqueViolation } from '../db/errors.ts';
import type { AppDeps } from '../deps.ts';
import type { Partner } from '../generated/sqlite/client.ts';
import { findPartner } from './find-partner.ts';
import { cleanPartnerFields, partnerNameTaken } from './partner-fields.ts';
import { toPartnerView } from './partner-view.ts';
import type { PartnerView, UpdatePartnerBody } from './schemas.ts';

/** `active: false` takes the partner and its benefits out of verify answers and the directory. */
export async function updatePartner(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'benefits' | 'auditSigner'>,
  options: { context: AuditContext; partnerId: string; changes: UpdatePartnerBody },
): Promise<PartnerView> {
  const { context, partnerId } = options;
  await findPartner(deps, { partnerId });
  const fields = cleanPartnerFields(options.changes);
  let partner: Partner;
  try {
    partner = await inTransaction(deps.db, async (tx) => {
      const row = await tx.partner.update({ where: { id: partnerId }, data: { ...fields, updatedAt: deps.clock() } });
      await appendAuditEvent(tx, deps, context, { action: 'partner.update', entityType: 'partner', entityId: partnerId, details: { fields: Object.keys(fields) } });
      return row;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw partnerNameTaken();
    throw error;
  }
  // Verify answers and the directory change at once here, within seconds in other processes.
  deps.benefits.invalidate();
  return toPartnerView(partner, deps.config.publicUrl);
}
