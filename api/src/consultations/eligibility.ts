import type { Consultation, Holder } from '../generated/sqlite/client.ts';
import { ageOn } from '../shared/calendar.ts';
import { statusOn } from './consultation-view.ts';

/** Open today, and the holder's age (worked out here, never sent) in its range. */
export function isOpenFor(consultation: Pick<Consultation, 'opensOn' | 'closesOn' | 'minAge' | 'maxAge'>, holder: Pick<Holder, 'dateOfBirth'>, today: string): boolean {
  if (statusOn(consultation, today) !== 'open') return false;
  const age = ageOn(holder.dateOfBirth, today);
  if (consultation.minAge !== null && age < consultation.minAge) return false;
  return consultation.maxAge === null || age <= consultation.maxAge;
}
