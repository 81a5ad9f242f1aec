const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (`2027-09-14`, the same day everywhere), spelt out in the page's locale: "14 September 2027", "14 września 2027". */
export function formatDay(value: string, locale: string): string {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return value;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
}
