/** A date of birth typed as three boxes (day, month, year): the sign-in form and the referral form. */

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Day, month and year as typed, as YYYY-MM-DD, or a message saying what is wrong. */
export function dateOfBirthFrom(day: string, month: string, year: string, whose = 'your'): { value: string } | { error: string } {
  if (!day.trim() || !month || !year.trim()) return { error: `Enter ${whose} date of birth: day, month and year.` };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{4}$/.test(year.trim())) return { error: 'Enter the day as a number (like 7) and the year in full (like 2012).' };
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d || date.getUTCMonth() !== m - 1 || y < 1990 || date > new Date()) return { error: 'That is not a real date of birth. Check the day, month and year.' };
  return { value: `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}
