/** A date of birth typed as three boxes (day, month, year): the sign-in form and the referral form. */

/** What is wrong with a typed date of birth; each form says it in its own words and the page's language. */
export type DateOfBirthProblem = 'missing' | 'format' | 'not_real';

/** Arabic-Indic and Persian (Urdu) digits, as a phone keyboard in those languages types them, read as 0-9. */
function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

/** Day, month and year as typed (in any of the digits above), as YYYY-MM-DD, or what is wrong with them. */
export function dateOfBirthFrom(typedDay: string, month: string, typedYear: string): { value: string } | { problem: DateOfBirthProblem } {
  const day = latinDigits(typedDay);
  const year = latinDigits(typedYear);
  if (!day.trim() || !month || !year.trim()) return { problem: 'missing' };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (!/^\d{1,2}$/.test(day.trim()) || !/^\d{4}$/.test(year.trim())) return { problem: 'format' };
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d || date.getUTCMonth() !== m - 1 || y < 1990 || date > new Date()) return { problem: 'not_real' };
  return { value: `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}
