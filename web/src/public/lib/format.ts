import { currentLanguage, languageOption, translate } from '../../i18n/start-i18n.ts';

/**
 * Dates as people read them in the page's language, spelt out (they are read
 * at arm's length): "14 September 2027", "14 Medi 2027", "14 września 2027".
 * A browser without date names for the language (Chromium has none for
 * Welsh) gets the catalogue's month names, and a 24-hour clock.
 */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** The formatter for the page's locale, or null when this browser cannot format dates in its language. */
function formatter(kind: 'date' | 'day' | 'time'): Intl.DateTimeFormat | null {
  const locale = languageOption(currentLanguage()).locale;
  const id = `${kind} ${locale}`;
  if (!formatters.has(id)) {
    const format =
      kind === 'time'
        ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })
        : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', ...(kind === 'date' ? { timeZone: 'UTC' } : {}) });
    const known = format.resolvedOptions().locale.split('-')[0] === locale.split('-')[0];
    formatters.set(id, known ? format : null);
  }
  return formatters.get(id)!;
}

function spelt(day: number, monthIndex: number, year: number): string {
  return translate('app.longDate', { day: String(day), month: translate(`app.months.${MONTHS[monthIndex]}`), year: String(year) });
}

/** A calendar date (`2027-09-14`, the same day everywhere): "14 September 2027". */
export function formatLongDate(value: string): string {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return formatter('date')?.format(date) ?? spelt(date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear());
}

/** A moment in this phone's time zone: "14:32 on 3 December 2026", or "14:32 today". */
export function formatMoment(moment: Date, now: Date = new Date()): string {
  const dayOf = (date: Date) => formatter('day')?.format(date) ?? spelt(date.getDate(), date.getMonth(), date.getFullYear());
  const time = (formatter('time') ?? new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })).format(moment);
  const day = dayOf(moment);
  return day === dayOf(now) ? translate('app.moment.today', { time }) : translate('app.moment.onDay', { time, day });
}
