import { describe, expect, it } from 'vitest';
import { dateOfBirthFrom } from '../../web/src/public/lib/date-of-birth.ts';
import { formatLongDay, formatOr, monthNames } from '../../web/src/public/lib/long-date.ts';

/** The catalogue's words for a language the browser has no data for (as Chromium has none for Welsh). */
const WELSH: Record<string, string> = { 'my.date.month.3': 'Mawrth', 'my.date.month.12': 'Rhagfyr', 'my.date.or': 'neu' };
const t = (key: string, values?: Record<string, unknown>) =>
  key === 'my.date.long' ? `${String(values?.day)} ${String(values?.month)} ${String(values?.year)}` : (WELSH[key] ?? key);

describe('dates on the public pages', () => {
  it('spells a calendar date out with the browser’s data where it has the language', () => {
    expect(formatLongDay('2027-09-14', 'en-GB', t)).toBe('14 September 2027');
    expect(formatLongDay('2027-09-14', 'pl-PL', t)).toBe('14 września 2027');
  });

  it('takes the month names from the catalogue for a language the browser does not know', () => {
    expect(formatLongDay('2027-12-07', 'zz-GB', t)).toBe('7 Rhagfyr 2027');
    expect(monthNames('zz-GB', t)[2]).toBe('Mawrth');
    expect(monthNames('zz-GB', t)).toHaveLength(12);
    expect(formatOr(['dros y ffôn', 'wyneb yn wyneb'], 'zz-GB', t)).toBe('dros y ffôn neu wyneb yn wyneb');
    expect(formatOr(['by phone', 'face to face'], 'en-GB', t)).toBe('by phone or face to face');
  });

  it('reads a date of birth typed in Arabic-Indic or Urdu digits, and says what is wrong otherwise', () => {
    expect(dateOfBirthFrom('١٤', '9', '٢٠١٢')).toEqual({ value: '2012-09-14' });
    expect(dateOfBirthFrom('۱۴', '9', '۲۰۱۲')).toEqual({ value: '2012-09-14' });
    expect(dateOfBirthFrom('', '9', '2012')).toEqual({ problem: 'missing' });
    expect(dateOfBirthFrom('14', '9', '12')).toEqual({ problem: 'format' });
    expect(dateOfBirthFrom('31', '2', '2012')).toEqual({ problem: 'not_real' });
  });
});
