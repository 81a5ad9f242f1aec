import { ageOn as ageInYears, isCalendarDate } from '../../../api/src/shared/calendar.ts';
import { formatCalendarDay, formatDay, formatDayTime } from '../i18n/dates.ts';
import { translate } from '../i18n/start-i18n.ts';

/**
 * Dates as a UK charity's staff read them, in the browser's time zone and the
 * page's language (en-GB: 12 Mar 2027; cy-GB: 12 Maw 2027), whatever the
 * browser's own locale: names for the staff pages over the one date module
 * both apps share (web/src/i18n/dates.ts), which knows what to do when the
 * browser has no date data for the language. A component that shows them
 * calls useTranslation, so it draws again when the language changes.
 */
export function formatDateTime(iso: string, options: { seconds?: boolean } = {}): string {
  return formatDayTime(iso, options);
}

/** "in 3 days", "in 5 hours": how long until a moment in the future. */
export function formatTimeUntil(iso: string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  return formatDuration(seconds);
}

/** "in 3 days", "3 days ago": a duration in the page's language. */
export function formatDuration(seconds: number): string {
  const abs = Math.abs(seconds);
  const [count, unit] =
    abs < 60 ? [abs, 'seconds'] : abs < 3600 ? [abs / 60, 'minutes'] : abs < 86_400 ? [abs / 3600, 'hours'] : [abs / 86_400, 'days'];
  // From the catalogue, not Intl.RelativeTimeFormat, which has no Welsh in every browser.
  return translate(seconds < 0 ? `shell.ago.${unit}` : `shell.in.${unit}`, { count: Math.round(count) });
}

/** The day of a moment (an expiry, say), in the browser's time zone: "12 Mar 2027". */
export function formatDate(iso: string): string {
  return formatDay(iso, 'medium');
}

/** A date with no time or zone, such as a date of birth (`2013-05-17`): the same day everywhere. */
export function formatCalendarDate(value: string): string {
  return formatCalendarDay(value, 'medium');
}

/** Age in whole years on `today`, from a `YYYY-MM-DD` date of birth; undefined if it cannot be read. */
export function ageOn(dateOfBirth: string, today: Date = new Date()): number | undefined {
  if (!isCalendarDate(dateOfBirth)) return undefined;
  return ageInYears(dateOfBirth, todayAsCalendarDate(today));
}

/** Today in the browser's time zone as `YYYY-MM-DD`, for <input type="date"> limits. */
export function todayAsCalendarDate(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A moment as <input type="datetime-local"> wants it (local time, to the minute). */
export function toDateTimeLocal(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return '';
  return `${todayAsCalendarDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
