/** Dates as people in the UK read them, spelt out (they are read at arm's length). */
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const dayOfMoment = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (`2027-09-14`, the same day everywhere): "14 September 2027". */
export function formatLongDate(value: string): string {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return value;
  return longDate.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** A moment in this phone's time zone: "14:32 on 3 December 2026", or "14:32 today". */
export function formatMoment(moment: Date, now: Date = new Date()): string {
  const day = dayOfMoment.format(moment);
  return `${time.format(moment)} ${day === dayOfMoment.format(now) ? 'today' : `on ${day}`}`;
}
