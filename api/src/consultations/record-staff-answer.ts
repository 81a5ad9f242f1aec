import { randomUUID } from 'node:crypto';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { calendarDay } from '../shared/calendar.ts';
import { findConsultation, toConsultationView } from './consultation-view.ts';
import type { ConsultationView, StaffAnswerBody } from './schemas.ts';
import { staffVoterToken } from './voter-token.ts';

/**
 * Staff write down an answer a young carer gave by phone, by email or at a
 * group session: one entry per answer, marked with its channel, and no
 * record of whose it was (a random token).
 */
export async function recordStaffAnswer(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; consultationId: string; input: StaffAnswerBody },
): Promise<ConsultationView> {
  const { context, consultationId, input } = options;
  const consultation = await findConsultation(deps.db, consultationId);
  if (!consultation.options.some((option) => option.id === input.optionId)) throw new AppError('VALIDATION_FAILED', 'That is not one of this question’s options.', { field: 'optionId' });
  const today = calendarDay(deps.clock());
  await inTransaction(deps.db, async (tx) => {
    await tx.consultationAnswer.create({ data: { id: randomUUID(), consultationId, optionId: input.optionId, channel: input.channel, day: today, voterToken: staffVoterToken() } });
    await appendAuditEvent(tx, deps, context, { action: 'consultation.answer_entered', entityType: 'consultation', entityId: consultationId, details: { channel: input.channel } });
  });
  return toConsultationView(deps.db, consultation, today);
}
