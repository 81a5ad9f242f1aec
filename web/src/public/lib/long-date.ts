import type { Translate } from '../../i18n/use-translation.ts';

/**
 * Dates spelt out in the page's language. The browser's Intl formats them
 * where it has the language's data; Chromium ships without Welsh (it writes
 * "September 14, 2027" for cy-GB), so a language the browser lacks takes its
 * month names and order from the catalogue (`my.date.*`) instead.
 */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function browserKnows(locale: string): boolean {
  const wanted = locale.split('-')[0];
  return Intl.DateTimeFormat.supportedLocalesOf([locale]).some((found) => found.split('-')[0] === wanted);
}

/** A calendar date (`2027-09-14`, the same day everywhere): "14 September 2027", "14 Medi 2027", "14 września 2027". */
export function formatLongDay(value: string, locale: string, t: Translate): string {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return value;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!browserKnows(locale)) return t('my.date.long', { day: String(day), month: t(`my.date.month.${month}`), year: String(year) });
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The day of a moment in this phone's time zone, spelt out as `formatLongDay` does. */
export function formatLongDayOf(moment: Date, locale: string, t: Translate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatLongDay(`${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`, locale, t);
}

/** The twelve months' names for the month box ("styczeń", "Ionawr"...). */
export function monthNames(locale: string, t: Translate): string[] {
  if (!browserKnows(locale)) return Array.from({ length: 12 }, (_, month) => t(`my.date.month.${month + 1}`));
  const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(new Date(Date.UTC(2000, month, 1))));
}

/** "by phone or face to face", in the page's language. */
export function formatOr(items: string[], locale: string, t: Translate): string {
  if (Intl.ListFormat.supportedLocalesOf([locale]).length > 0) return new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
  return items.join(` ${t('my.date.or')} `);
}
