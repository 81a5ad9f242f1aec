import { randomUUID } from 'node:crypto';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { checkedBenefitFields } from './benefit-fields.ts';
import { toBenefitView } from './benefit-view.ts';
import { findPartner } from './find-partner.ts';
import type { BenefitView, CreateBenefitBody } from './schemas.ts';

/** An unknown partner is a mistake in the body (400 naming partnerId), not a missing page. */
export async function createBenefit(
  deps: Pick<AppDeps, 'db' | 'clock' | 'benefits' | 'auditSigner'>,
  options: { context: AuditContext; benefit: CreateBenefitBody },
): Promise<BenefitView> {
  const { context, benefit: body } = options;
  await findPartner(deps, { partnerId: body.partnerId }).catch(() => {
    throw new AppError('VALIDATION_FAILED', 'No partner with this id.', { field: 'partnerId' });
  });
  const fields = checkedBenefitFields(body);
  const at = deps.clock();
  const benefit = await inTransaction(deps.db, async (tx) => {
    const row = await tx.benefit.create({
      data: { id: randomUUID(), ...fields, title: fields.title, partnerId: body.partnerId, createdAt: at, updatedAt: at },
      include: { partner: { select: { name: true } } },
    });
    await appendAuditEvent(tx, deps, context, { action: 'benefit.create', entityType: 'benefit', entityId: row.id, details: { partnerId: body.partnerId } });
    return row;
  });
  // Verify answers and the directory change at once here, within seconds in other processes.
  deps.benefits.invalidate();
  return toBenefitView(benefit);
}
