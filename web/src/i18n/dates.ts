import { currentLanguage, languageOption, translate, type MessageValues } from './start-i18n.ts';

/**
 * Every date both web apps show, in the page's language. The browser's Intl
 * formats it where it has the language's data. Chromium (and Chrome) ship
 * without Welsh: `new Intl.DateTimeFormat('cy-GB')` silently writes US
 * English ("May 17, 2027"). For a language the browser lacks, the date is
 * laid out as in British English with the month named from the catalogue
 * (`ui.date.months`, `ui.date.monthsShort`) and put in the catalogue's order
 * (`ui.date.format.*`), on a 24-hour clock.
 *
 * Styles: `long` spells the month out ("14 September 2027", the public
 * pages, read at arm's length); `medium` shortens it ("12 Mar 2027", staff
 * tables). A component that shows dates calls useTranslation, so it draws
 * again when the language changes.
 */
export type DateStyle = 'long' | 'medium';
type Translate = (key: string, values?: MessageValues) => string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CALENDAR_MONTH = /^(\d{4})-(\d{2})$/;

/** Whether this browser's Intl has date data for the locale's language (not just a fallback to another). */
export function browserKnows(locale: string): boolean {
  const wanted = locale.split('-')[0];
  return Intl.DateTimeFormat.supportedLocalesOf([locale]).some((found) => found.split('-')[0] === wanted);
}

type Parts = { day: string; month: string; year: string; time: string };

/**
 * The date formatters of one locale; `t` reads the catalogue (the page's
 * language). `knows` says whether Intl has the language (a test injects it).
 */
export function datesFor(locale: string, t: Translate, knows: boolean = browserKnows(locale)) {
  const formatters = new Map<string, Intl.DateTimeFormat>();
  const intl = (name: string, tag: string, options: Intl.DateTimeFormatOptions) => {
    const id = `${tag} ${name}`;
    let format = formatters.get(id);
    if (!format) {
      format = new Intl.DateTimeFormat(tag, options);
      formatters.set(id, format);
    }
    return format;
  };
  const monthName = (month: number, style: DateStyle) => t(`ui.date.${style === 'long' ? 'months' : 'monthsShort'}.m${month}`);
  /** British parts of a moment (en-GB is day-month-year on a 24-hour clock) with the catalogue's month name. */
  const partsOf = (date: Date, style: DateStyle, zone: string | undefined, time: 'none' | 'minutes' | 'seconds'): Parts => {
    const numbers = intl(`numbers ${zone} ${time}`, 'en-GB', {
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      ...(time === 'none' ? {} : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
      ...(time === 'seconds' ? { second: '2-digit' } : {}),
      timeZone: zone,
    }).formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => numbers.find((found) => found.type === type)?.value ?? '';
    const clock = time === 'none' ? '' : [part('hour'), part('minute'), ...(time === 'seconds' ? [part('second')] : [])].join(':');
    return { day: String(Number(part('day'))), month: monthName(Number(part('month')), style), year: part('year'), time: clock };
  };
  const dayOptions = (style: DateStyle): Intl.DateTimeFormatOptions =>
    style === 'long' ? { day: 'numeric', month: 'long', year: 'numeric' } : { dateStyle: 'medium' };

  /** The day of a moment in this browser's time zone (or `zone`): "14 September 2027", "12 Mar 2027". */
  const day = (date: Date, style: DateStyle = 'long', zone?: string): string => {
    if (knows) return intl(`day ${style} ${zone}`, locale, { ...dayOptions(style), timeZone: zone }).format(date);
    const parts = partsOf(date, style, zone, 'none');
    return t('ui.date.format.day', { day: parts.day, month: parts.month, year: parts.year });
  };

  /** A calendar date (`2027-09-14`, the same day everywhere); anything else comes back as it is. */
  const calendarDay = (value: string, style: DateStyle = 'long'): string => {
    const match = CALENDAR_DATE.exec(value);
    if (!match) return value;
    return day(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))), style, 'UTC');
  };

  /** A month (`2027-03`): "March 2027"; `short`: "Mar 27", for a chart's axis. */
  const calendarMonth = (value: string, style: 'long' | 'short' = 'long'): string => {
    const match = CALENDAR_MONTH.exec(value);
    if (!match) return value;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
    const options: Intl.DateTimeFormatOptions = style === 'long' ? { month: 'long', year: 'numeric' } : { month: 'short', year: '2-digit' };
    if (knows) return intl(`month ${style}`, locale, { ...options, timeZone: 'UTC' }).format(date);
    const year = style === 'long' ? match[1]! : match[1]!.slice(2);
    return t('ui.date.format.monthYear', { month: monthName(Number(match[2]), style === 'long' ? 'long' : 'medium'), year });
  };

  /** A moment with its time, for staff: "12 Mar 2027, 14:32" (with `seconds`: "12 Mar 2027, 14:32:05"). */
  const dayTime = (date: Date, { seconds = false }: { seconds?: boolean } = {}): string => {
    if (knows) return intl(`dayTime ${seconds}`, locale, { dateStyle: 'medium', timeStyle: seconds ? 'medium' : 'short' }).format(date);
    const parts = partsOf(date, 'medium', undefined, seconds ? 'seconds' : 'minutes');
    return t('ui.date.format.dayTime', { day: t('ui.date.format.day', { day: parts.day, month: parts.month, year: parts.year }), time: parts.time });
  };

  /** The time of a moment: "14:32". */
  const time = (date: Date): string =>
    intl('time', knows ? locale : 'en-GB', { hour: '2-digit', minute: '2-digit', ...(knows ? {} : { hourCycle: 'h23' }) }).format(date);

  /** "14:32 today", or "14:32 on 3 December 2026": when something happened, for the public pages. */
  const moment = (date: Date, now: Date = new Date()): string => {
    const when = day(date);
    return when === day(now) ? t('ui.date.moment.today', { time: time(date) }) : t('ui.date.moment.onDay', { time: time(date), day: when });
  };

  /** The twelve months' names, January first, for a month box ("styczeń", "Ionawr"...). */
  const months = (): string[] => {
    if (!knows) return Array.from({ length: 12 }, (_, index) => monthName(index + 1, 'long'));
    const format = intl('monthNames', locale, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2000, index, 1))));
  };

  return { day, calendarDay, calendarMonth, dayTime, time, moment, months };
}

export type Dates = ReturnType<typeof datesFor>;

const byLocale = new Map<string, Dates>();
/** The formatters of the page's language now. */
export function dates(): Dates {
  const locale = languageOption(currentLanguage()).locale;
  let found = byLocale.get(locale);
  if (!found) {
    found = datesFor(locale, translate);
    byLocale.set(locale, found);
  }
  return found;
}

const asDate = (value: string | Date) => (typeof value === 'string' ? new Date(value) : value);
const readable = (value: string | Date) => !Number.isNaN(asDate(value).getTime());

/** The day of a moment (an ISO string or a Date) in this browser's time zone; an unreadable value comes back as it is. */
export function formatDay(value: string | Date, style: DateStyle = 'long'): string {
  return readable(value) ? dates().day(asDate(value), style) : String(value);
}

/** A calendar date (`2027-09-14`, a date of birth or an expiry): the same day everywhere. */
export function formatCalendarDay(value: string, style: DateStyle = 'long'): string {
  return dates().calendarDay(value, style);
}

/** A month (`2027-03`): "March 2027"; `short`: "Mar 27". */
export function formatCalendarMonth(value: string, style: 'long' | 'short' = 'long'): string {
  return dates().calendarMonth(value, style);
}

/** For a list that formats many dates: `const day = dateFormat('day'); day.format(date)` ("12 Mar 2027"; `dayTime`: "12 Mar 2027, 14:32"). */
export function dateFormat(kind: 'day' | 'dayTime'): { format: (date: Date) => string } {
  const current = dates();
  return { format: (date) => (kind === 'day' ? current.day(date, 'medium') : current.dayTime(date)) };
}

/** A moment with its time, for staff: "12 Mar 2027, 14:32". */
export function formatDayTime(value: string | Date, options: { seconds?: boolean } = {}): string {
  return readable(value) ? dates().dayTime(asDate(value), options) : String(value);
}

/** The time of a moment: "14:32". */
export function formatTime(value: Date): string {
  return dates().time(value);
}

/** "14:32 today", or "14:32 on 3 December 2026". */
export function formatMoment(value: string | Date, now: Date = new Date()): string {
  return readable(value) ? dates().moment(asDate(value), now) : String(value);
}

/** The twelve months' names, January first. */
export function monthNames(): string[] {
  return dates().months();
}

/** "by phone or face to face", in the page's language (the catalogue's word for "or" where Intl lacks the language). */
export function formatOr(items: string[]): string {
  const locale = languageOption(currentLanguage()).locale;
  if (Intl.ListFormat.supportedLocalesOf([locale]).some((found) => found.split('-')[0] === locale.split('-')[0])) {
    return new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
  }
  return items.join(` ${translate('ui.or')} `);
}
