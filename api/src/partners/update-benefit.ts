import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { checkedBenefitFields } from './benefit-fields.ts';
import { toBenefitView } from './benefit-view.ts';
import type { BenefitView, UpdateBenefitBody } from './schemas.ts';

/** Age and date ranges are checked on the benefit as it will be, so narrowing one end past the other is refused. */
export async function updateBenefit(
  deps: Pick<AppDeps, 'db' | 'clock' | 'benefits' | 'auditSigner'>,
  options: { context: AuditContext; benefitId: string; changes: UpdateBenefitBody },
): Promise<BenefitView> {
  const { context, benefitId } = options;
  const current = await deps.db.benefit.findUnique({ where: { id: benefitId } });
  if (!current) throw new AppError('NOT_FOUND', 'No benefit with this id.');
  const fields = checkedBenefitFields(options.changes, current);
  const benefit = await inTransaction(deps.db, async (tx) => {
    const row = await tx.benefit.update({
      where: { id: benefitId },
      data: { ...fields, updatedAt: deps.clock() },
      include: { partner: { select: { name: true } } },
    });
    await appendAuditEvent(tx, deps, context, { action: 'benefit.update', entityType: 'benefit', entityId: benefitId, details: { fields: Object.keys(fields) } });
    return row;
  });
  // Verify answers and the directory change at once here, within seconds in other processes.
  deps.benefits.invalidate();
  return toBenefitView(benefit);
}
