import { randomUUID } from 'node:crypto';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { calendarDay, isCalendarDate } from '../shared/calendar.ts';
import { findConsultation, toConsultationView } from './consultation-view.ts';
import { checkedFreeText, checkedLine } from './suggestion-text.ts';
import { OPTION_LABEL_MAX, QUESTION_MAX, type ConsultationView, type CreateConsultationBody } from './schemas.ts';

/** Staff ask young carers something: a question, two or more options (words, or a card template shown as a preview), an age range and open dates. */
export async function createConsultation(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner' | 'templates'>,
  options: { context: AuditContext & { actor: { id: string; email: string } }; input: CreateConsultationBody },
): Promise<ConsultationView> {
  const { context, input } = options;
  const question = checkedLine(input.question, { field: 'question', max: QUESTION_MAX, label: 'question' });
  const description = input.description && input.description.trim() !== '' ? checkedFreeText(input.description, { field: 'description', max: 500, label: 'description' }) : null;
  for (const field of ['opensOn', 'closesOn'] as const) {
    if (!isCalendarDate(input[field])) throw new AppError('VALIDATION_FAILED', 'Please give a real date.', { field });
  }
  if (input.closesOn < input.opensOn) throw new AppError('VALIDATION_FAILED', 'The closing day is before the opening day.', { field: 'closesOn' });
  const minAge = input.minAge ?? null;
  const maxAge = input.maxAge ?? null;
  if (minAge !== null && maxAge !== null && maxAge < minAge) throw new AppError('VALIDATION_FAILED', 'The oldest age is below the youngest.', { field: 'maxAge' });
  const choices = input.options.map((option, index) => {
    const label = checkedLine(option.label, { field: `options/${index}/label`, max: OPTION_LABEL_MAX, label: 'option' });
    if (option.kind === 'template') {
      if (!option.templateId || !deps.templates.cards.has(option.templateId)) throw new AppError('UNKNOWN_TEMPLATE', 'Choose one of the card templates.', { field: `options/${index}/templateId` });
      return { kind: 'template', label, templateId: option.templateId };
    }
    return { kind: 'text', label, templateId: null };
  });
  const id = randomUUID();
  const now = deps.clock();
  await inTransaction(deps.db, async (tx) => {
    await tx.consultation.create({
      data: {
        id,
        question,
        description,
        minAge,
        maxAge,
        opensOn: input.opensOn,
        closesOn: input.closesOn,
        createdAt: now,
        createdById: context.actor.id,
        options: { create: choices.map((choice, position) => ({ id: randomUUID(), position, ...choice })) },
      },
    });
    await appendAuditEvent(tx, deps, context, { action: 'consultation.create', entityType: 'consultation', entityId: id, details: { options: choices.length } });
  });
  return toConsultationView(deps.db, await findConsultation(deps.db, id), calendarDay(now));
}
