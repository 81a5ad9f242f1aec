import { currentLanguage, languageOption, translate } from '../../i18n/start-i18n.ts';

/**
 * Dates as people read them in the page's language, spelt out (they are read
 * at arm's length): "14 September 2027", "14 Medi 2027", "14 września 2027".
 */
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'date' | 'day' | 'time'): Intl.DateTimeFormat {
  const locale = languageOption(currentLanguage()).locale;
  const id = `${kind} ${locale}`;
  let format = formatters.get(id);
  if (!format) {
    format =
      kind === 'time'
        ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })
        : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', ...(kind === 'date' ? { timeZone: 'UTC' } : {}) });
    formatters.set(id, format);
  }
  return format;
}

/** A calendar date (`2027-09-14`, the same day everywhere): "14 September 2027". */
export function formatLongDate(value: string): string {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return value;
  return formatter('date').format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** A moment in this phone's time zone: "14:32 on 3 December 2026", or "14:32 today". */
export function formatMoment(moment: Date, now: Date = new Date()): string {
  const day = formatter('day');
  const time = formatter('time').format(moment);
  return day.format(moment) === day.format(now) ? translate('app.moment.today', { time }) : translate('app.moment.onDay', { time, day: day.format(moment) });
}
