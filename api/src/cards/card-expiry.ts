/**
 * A card is valid through its expiry date (inclusive), which is the earlier
 * of: issue date plus the validity period, and the day before the holder
 * reaches the maximum age. Dates are calendar dates; `expiresAt` is the first
 * instant (UTC) after the last valid day.
 */
export function cardExpiry(
  issuedAt: Date,
  dateOfBirth: string,
  rules: { validityMonths: number; maxAge: number },
): { expiresAt: Date; expiresOn: string } | { tooOld: true } {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const ageLimit = addYears(y, m, d, rules.maxAge); // the birthday at maxAge: no longer valid from that day
  const today = Date.UTC(issuedAt.getUTCFullYear(), issuedAt.getUTCMonth(), issuedAt.getUTCDate());
  if (ageLimit <= today) return { tooOld: true };
  const byValidity = addMonths(today, rules.validityMonths); // valid through the day before the same date next period
  const expiresAt = new Date(Math.min(byValidity, ageLimit));
  return { expiresAt, expiresOn: expiresOnDate(expiresAt) };
}

/** The last day a card is valid, YYYY-MM-DD. */
export function expiresOnDate(expiresAt: Date): string {
  return new Date(expiresAt.getTime() - 1).toISOString().slice(0, 10);
}

function addYears(y: number, m: number, d: number, years: number): number {
  // 29 February birthdays fall on 1 March in non-leap years.
  return Date.UTC(y + years, m - 1, d);
}

function addMonths(utcMidnight: number, months: number): number {
  const date = new Date(utcMidnight);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), lastDay));
}
