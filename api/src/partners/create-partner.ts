import { randomBytes, randomUUID } from 'node:crypto';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { isUniqueViolation } from '../db/errors.ts';
import type { AppDeps } from '../deps.ts';
import type { Partner } from '../generated/sqlite/client.ts';
import { cleanPartnerFields, partnerNameTaken } from './partner-fields.ts';
import { toPartnerView } from './partner-view.ts';
import type { CreatePartnerBody, PartnerView } from './schemas.ts';

/** Short, unambiguous, easy to type into a phone: the code in a partner's own verify link. */
function newVerifyCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return [...randomBytes(8)].map((b) => alphabet[b % alphabet.length]).join('');
}

export async function createPartner(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'benefits' | 'auditSigner'>,
  options: { context: AuditContext; partner: CreatePartnerBody },
): Promise<PartnerView> {
  const { context } = options;
  const fields = cleanPartnerFields(options.partner);
  const at = deps.clock();
  let partner: Partner;
  try {
    partner = await inTransaction(deps.db, async (tx) => {
      const row = await tx.partner.create({
        data: { id: randomUUID(), ...fields, name: fields.name, category: fields.category, verifyCode: newVerifyCode(), createdAt: at, updatedAt: at },
      });
      await appendAuditEvent(tx, deps, context, { action: 'partner.create', entityType: 'partner', entityId: row.id });
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
