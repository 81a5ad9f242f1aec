import type { AppDeps } from '../deps.ts';
import type { SignedInDevice } from '../my-card/find-device-session.ts';
import { calendarDay } from '../shared/calendar.ts';
import { toOptionView, withOptions } from './consultation-view.ts';
import { isOpenFor } from './eligibility.ts';
import { publishedOutcomes } from './list-you-said-we-did.ts';
import type { ContactMethod, MyHaveYourSay } from './schemas.ts';
import { holderVoterToken } from './voter-token.ts';

/**
 * The young carer's "Have your say": the consultations open today that are
 * for them, whether they answered each (from the token, not from any record
 * of them), what the service did, and whether they asked to take part.
 * Nothing counts down or nudges: no closing dates, no results, no tallies.
 */
export async function getMyHaveYourSay(deps: Pick<AppDeps, 'db' | 'clock' | 'config'>, options: { device: SignedInDevice }): Promise<MyHaveYourSay> {
  const { holder } = options.device;
  const today = calendarDay(deps.clock());
  const rows = await deps.db.consultation.findMany({ where: { opensOn: { lte: today }, closesOn: { gte: today } }, include: withOptions, orderBy: { createdAt: 'asc' }, take: 50 });
  const mine = rows.filter((row) => isOpenFor(row, holder, today));
  const tokens = mine.map((row) => holderVoterToken(deps.config, row.id, holder.id));
  const answered = await deps.db.consultationAnswer.findMany({ where: { voterToken: { in: tokens } }, select: { consultationId: true } });
  const done = new Set(answered.map((answer) => answer.consultationId));
  const interest = await deps.db.takePartInterest.findUnique({ where: { holderId: holder.id } });
  return {
    consultations: mine.map((row) => ({ id: row.id, question: row.question, description: row.description, options: row.options.map(toOptionView), answered: done.has(row.id) })),
    outcomes: await publishedOutcomes(deps),
    takePart: { registered: interest !== null, contactBy: interest ? (interest.contactBy.split(',') as ContactMethod[]) : [] },
  };
}
