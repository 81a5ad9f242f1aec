import type { Translate } from '../../../i18n/use-translation.ts';

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (`2027-09-14`, the same day everywhere), spelt out in the page's locale: "14 September 2027", "14 Medi 2027". */
export function formatDay(value: string, locale: string): string {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return value;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
}

/** A moment in this phone's time zone, in the page's language: "14:32 on 3 December 2026", or "14:32 today". */
export function formatMoment(t: Translate, locale: string, moment: Date, now: Date = new Date()): string {
  const dayOf = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(moment);
  const day = dayOf.format(moment);
  return day === dayOf.format(now) ? t('my.moment.today', { time }) : t('my.moment.onDay', { time, day });
}
