import { ageOn as ageInYears, CALENDAR_DATE, isCalendarDate } from '../../../api/src/shared/calendar.ts';
import { currentLanguage, languageOption, translate } from '../i18n/start-i18n.ts';

/**
 * Dates as a UK charity's staff read them, in the browser's time zone and the
 * page's language (en-GB: 12 Mar 2027; cy-GB: 12 Maw 2027), whatever the
 * browser's own locale. A component that shows them calls useTranslation, so
 * it draws again when the language changes.
 *
 * A browser whose Intl has no data for the language (Chromium's ICU has no
 * Welsh, and would fall back to en-US: "Mar 12, 2027") gets the British
 * layout with the month named from the catalogue (shell.months).
 */
type DateFormat = { format: (date: Date) => string };
const formatters = new Map<string, DateFormat>();
function dateFormat(name: string, options: Intl.DateTimeFormatOptions): DateFormat {
  const locale = languageOption(currentLanguage()).locale;
  const id = `${locale} ${name}`;
  let format = formatters.get(id);
  if (!format) {
    format = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0 ? new Intl.DateTimeFormat(locale, options) : withCatalogueMonths(options);
    formatters.set(id, format);
  }
  return format;
}

function withCatalogueMonths(options: Intl.DateTimeFormatOptions): DateFormat {
  const british = new Intl.DateTimeFormat('en-GB', options);
  const monthNumber = new Intl.DateTimeFormat('en-GB', { month: 'numeric', timeZone: options.timeZone });
  return {
    format: (date) =>
      british
        .formatToParts(date)
        .map((part) => (part.type === 'month' ? translate(`shell.months.m${monthNumber.format(date)}`) : part.value))
        .join(''),
  };
}
const dateTime = () => dateFormat('dateTime', { dateStyle: 'medium', timeStyle: 'short' });
const dateTimeWithSeconds = () => dateFormat('dateTimeWithSeconds', { dateStyle: 'medium', timeStyle: 'medium' });

export function formatDateTime(iso: string, options: { seconds?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (options.seconds ? dateTimeWithSeconds() : dateTime()).format(date);
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

const dateOnly = () => dateFormat('dateOnly', { dateStyle: 'medium' });
const calendarDate = () => dateFormat('calendarDate', { dateStyle: 'medium', timeZone: 'UTC' });

/** The day of a moment (an expiry, say), in the browser's time zone: "12 Mar 2027". */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return dateOnly().format(date);
}

/** A date with no time or zone, such as a date of birth (`2013-05-17`): the same day everywhere. */
export function formatCalendarDate(value: string): string {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return value;
  return calendarDate().format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
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
