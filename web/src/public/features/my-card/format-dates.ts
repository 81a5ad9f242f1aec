import type { Translate } from '../../../i18n/use-translation.ts';
import { formatLongDay, formatLongDayOf } from '../../lib/long-date.ts';

/** A calendar date (`2027-09-14`), spelt out in the page's language. */
export const formatDay = formatLongDay;

/** A moment in this phone's time zone, in the page's language: "14:32 on 3 December 2026", or "14:32 today". */
export function formatMoment(t: Translate, locale: string, moment: Date, now: Date = new Date()): string {
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(moment);
  const day = formatLongDayOf(moment, locale, t);
  return day === formatLongDayOf(now, locale, t) ? t('my.moment.today', { time }) : t('my.moment.onDay', { time, day });
}
