import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../deps.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import type { SignedInDevice } from '../my-card/find-device-session.ts';
import { calendarDay } from '../shared/calendar.ts';
import { withOptions } from './consultation-view.ts';
import { isOpenFor } from './eligibility.ts';
import { holderVoterToken } from './voter-token.ts';

/**
 * A young carer answers from their own page. The answer keeps the
 * consultation, the option, the channel, the day and the one-way token;
 * the unique (consultationId, voterToken) index lets exactly one of several
 * answers at once through, and the rest get ALREADY_ANSWERED. No audit
 * event: one naming the phone or the address beside the answer's day would
 * be the link to the holder that the token avoids.
 */
export async function answerConsultation(
  deps: Pick<AppDeps, 'db' | 'clock' | 'config'>,
  options: { device: SignedInDevice; consultationId: string; optionId: string },
): Promise<{ answered: true }> {
  const { device, consultationId, optionId } = options;
  const today = calendarDay(deps.clock());
  const consultation = await deps.db.consultation.findUnique({ where: { id: consultationId }, include: withOptions });
  // Closed, not yet open and not for this age all look the same as unknown.
  if (!consultation || !isOpenFor(consultation, device.holder, today)) throw new AppError('NOT_FOUND', 'This question is not open for you.');
  if (!consultation.options.some((option) => option.id === optionId)) throw new AppError('VALIDATION_FAILED', 'That is not one of the answers.', { field: 'optionId' });
  try {
    await deps.db.consultationAnswer.create({
      data: { id: randomUUID(), consultationId, optionId, channel: 'online', day: today, voterToken: holderVoterToken(deps.config, consultationId, device.holder.id) },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('ALREADY_ANSWERED', 'You have already answered this one. Thank you!');
    throw error;
  }
  return { answered: true };
}
