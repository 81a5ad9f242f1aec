/**
 * A card is valid through its expiry date (inclusive), which is the earlier
 * of: issue date plus the validity period, and the last day of the month
 * before the month in which the holder reaches the maximum age. Dates are
 * calendar dates; `expiresAt` is the first instant (UTC) after the last valid
 * day.
 *
 * The age cap is coarse on purpose: a cap on the day before the birthday
 * would print the date of birth on the card, in the QR's `exp` and in every
 * verify answer, and the date of birth is what opens a young carer's card on
 * their phone. A month boundary says no more than the month, which the
 * validity period's own ends (any day of any month) hide among.
 */
export function cardExpiry(
  issuedAt: Date,
  dateOfBirth: string,
  rules: { validityMonths: number; maxAge: number },
): { expiresAt: Date; expiresOn: string; limitedByAge: boolean } | { tooOld: true } {
  const [y, m] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const ageLimit = Date.UTC(y + rules.maxAge, m - 1, 1); // the first day of the month of the birthday at maxAge
  const today = Date.UTC(issuedAt.getUTCFullYear(), issuedAt.getUTCMonth(), issuedAt.getUTCDate());
  if (ageLimit <= today) return { tooOld: true };
  const byValidity = addMonths(today, rules.validityMonths); // valid through the day before the same date next period
  const expiresAt = new Date(Math.min(byValidity, ageLimit));
  return { expiresAt, expiresOn: expiresOnDate(expiresAt), limitedByAge: ageLimit < byValidity };
}

/** The last day a card is valid, YYYY-MM-DD. */
export function expiresOnDate(expiresAt: Date): string {
  return new Date(expiresAt.getTime() - 1).toISOString().slice(0, 10);
}

function addMonths(utcMidnight: number, months: number): number {
  const date = new Date(utcMidnight);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date.getUTCDate(), lastDay));
}

/**
 * The month (YYYY-MM) the holder reaches the maximum age, when a card already
 * runs to the age cap: a renewal could give no later card, so none is
 * offered. Null when a renewal could still extend it.
 */
export function agesOutMonth(expiresAt: Date, dateOfBirth: string, maxAge: number): string | null {
  const [y, m] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const ageLimit = Date.UTC(y + maxAge, m - 1, 1);
  if (ageLimit > expiresAt.getTime()) return null;
  return new Date(ageLimit).toISOString().slice(0, 7);
}
