import type { Translate } from '../../../i18n/use-translation.ts';

/*
 * Words for the API's codes live in the catalogue: `consultations.channel.<channel>`
 * (how an answer came), `consultations.contact.<method>` (how a young carer
 * would like to be contacted), `consultations.status.<status>`.
 */

/** Who a question is for, in words: "Everyone", "12 and over", "Up to 15", "12 to 15". */
export function ageRange(t: Translate, minAge: number | null, maxAge: number | null): string {
  if (minAge === null && maxAge === null) return t('consultations.ages.everyone');
  if (maxAge === null) return t('consultations.ages.from', { minAge });
  if (minAge === null) return t('consultations.ages.upTo', { maxAge });
  return t('consultations.ages.range', { minAge, maxAge });
}

/** A date with no time or zone (`2027-03-01`, a question's first day) at local midnight, so `Intl.DateTimeFormat(locale)` shows that day. */
export function calendarDay(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : new Date(value);
}
