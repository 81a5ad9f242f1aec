import { randomUUID } from 'node:crypto';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { isCalendarDate } from '../shared/calendar.ts';
import { toOutcomeView } from './outcome-view.ts';
import { checkedFreeText } from './suggestion-text.ts';
import { OUTCOME_TEXT_MAX, type OutcomeBody, type OutcomeView } from './schemas.ts';

/** Staff write (no id) or change (id) a "you said, we did" entry; published ones are public. */
export async function saveOutcome(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; outcomeId?: string; input: OutcomeBody },
): Promise<OutcomeView> {
  const { context, outcomeId, input } = options;
  const youSaid = checkedFreeText(input.youSaid, { field: 'youSaid', max: OUTCOME_TEXT_MAX, label: 'what young carers said' });
  const weDid = checkedFreeText(input.weDid, { field: 'weDid', max: OUTCOME_TEXT_MAX, label: 'what we did' });
  if (!isCalendarDate(input.day)) throw new AppError('VALIDATION_FAILED', 'Please give a real date.', { field: 'day' });
  const now = deps.clock();
  const data = { youSaid, weDid, day: input.day, published: input.published, updatedAt: now };
  const row = await inTransaction(deps.db, async (tx) => {
    let id = outcomeId;
    if (id) {
      const changed = await tx.outcome.updateMany({ where: { id }, data });
      if (changed.count !== 1) throw new AppError('NOT_FOUND', 'No such entry.');
    } else {
      id = randomUUID();
      await tx.outcome.create({ data: { id, ...data, createdAt: now } });
    }
    await appendAuditEvent(tx, deps, context, { action: outcomeId ? 'outcome.update' : 'outcome.create', entityType: 'outcome', entityId: id, details: { published: input.published } });
    return tx.outcome.findUniqueOrThrow({ where: { id } });
  });
  return toOutcomeView(row);
}
