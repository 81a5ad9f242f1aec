/**
 * A date with no time or zone (`2013-05-17`, a date of birth) as a Date at
 * local midnight, so `Intl.DateTimeFormat(locale)` shows the same day
 * everywhere. Anything else is read as a moment.
 */
export function calendarDay(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : new Date(value);
}
