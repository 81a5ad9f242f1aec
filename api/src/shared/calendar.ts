/**
 * Calendar dates (`YYYY-MM-DD`, no time or zone), shared by the API and both
 * web apps: dates of birth, benefit dates, scan-count days. Pure and
 * isomorphic: no Node or DOM imports.
 */

export const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC day of a moment as YYYY-MM-DD: what benefit dates and scan counts are kept in. */
export function calendarDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** True for a real calendar date: 2027-02-30 is not one. */
export function isCalendarDate(value: string): boolean {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Full years between a date of birth and a day, both YYYY-MM-DD. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
