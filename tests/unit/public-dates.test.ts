import { describe, expect, it } from 'vitest';
import { dateOfBirthFrom } from '../../web/src/public/lib/date-of-birth.ts';

describe('dates of birth typed on the public pages', () => {
  it('reads a date of birth typed in Arabic-Indic or Urdu digits, and says what is wrong otherwise', () => {
    expect(dateOfBirthFrom('١٤', '9', '٢٠١٢')).toEqual({ value: '2012-09-14' });
    expect(dateOfBirthFrom('۱۴', '9', '۲۰۱۲')).toEqual({ value: '2012-09-14' });
    expect(dateOfBirthFrom('', '9', '2012')).toEqual({ problem: 'missing' });
    expect(dateOfBirthFrom('14', '9', '12')).toEqual({ problem: 'format' });
    expect(dateOfBirthFrom('31', '2', '2012')).toEqual({ problem: 'not_real' });
  });
});
