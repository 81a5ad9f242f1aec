import { describe, expect, it } from 'vitest';
import { ageOn } from '../../api/src/shared/calendar.ts';
import { applicableBenefits, benefitDirectory, type BenefitSnapshot } from '../../api/src/partners/benefit-rules.ts';

const offer = (title: string, rules: Partial<BenefitSnapshot['partners'][number]['benefits'][number]> = {}) => ({
  id: title, title, description: '', conditions: '', minAge: null, maxAge: null, validFrom: null, validTo: null, partnerNote: '', ...rules,
});
const snapshot: BenefitSnapshot = {
  partners: [
    { id: 'p1', name: 'Alpha', category: 'shop', area: '', address: '', website: '', verifyCode: 'a', benefits: [offer('Ages 11-16', { minAge: 11, maxAge: 16 }), offer('Note', { partnerNote: 'n' })] },
    { id: 'p2', name: 'Beta', category: 'school', area: '', address: '', website: '', verifyCode: 'b', benefits: [offer('March only', { validFrom: '2027-03-01', validTo: '2027-03-31' })] },
  ],
};
const titles = (list: { title: string }[]) => list.map((b) => b.title);

describe('benefit rules', () => {
  it.each([
    ['2012-03-01', '2026-02-28', 13],
    ['2012-03-01', '2026-03-01', 14],
    ['2012-02-29', '2026-02-28', 13],
    ['2012-02-29', '2026-03-01', 14],
    ['2012-12-31', '2026-01-01', 13],
  ])('born %s is %s years old on %s', (born, day, age) => {
    expect(ageOn(born, day)).toBe(age);
  });

  it('age limits are inclusive at both ends', () => {
    expect(titles(applicableBenefits(snapshot, { dateOfBirth: '2015-03-01' }, '2026-03-01', undefined))).toContain('Ages 11-16'); // 11 today
    expect(titles(applicableBenefits(snapshot, { dateOfBirth: '2015-03-02' }, '2026-03-01', undefined))).not.toContain('Ages 11-16'); // 10
    expect(titles(applicableBenefits(snapshot, { dateOfBirth: '2009-03-02' }, '2026-03-01', undefined))).toContain('Ages 11-16'); // 16
    expect(titles(applicableBenefits(snapshot, { dateOfBirth: '2009-03-01' }, '2026-03-01', undefined))).not.toContain('Ages 11-16'); // 17
  });

  it('dates are inclusive at both ends', () => {
    const on = (day: string) => titles(applicableBenefits(snapshot, { dateOfBirth: '2014-01-01' }, day, undefined));
    expect(on('2027-02-28')).not.toContain('March only');
    expect(on('2027-03-01')).toContain('March only');
    expect(on('2027-03-31')).toContain('March only');
    expect(on('2027-04-01')).not.toContain('March only');
  });

  it('the asking partner comes first and alone sees its notes', () => {
    const asked = applicableBenefits(snapshot, { dateOfBirth: '2014-01-01' }, '2027-03-10', 'p2');
    expect(titles(asked)[0]).toBe('March only');
    expect(asked.find((b) => b.title === 'Note')!.note).toBeUndefined();
    const byAlpha = applicableBenefits(snapshot, { dateOfBirth: '2014-01-01' }, '2027-03-10', 'p1');
    expect(byAlpha.find((b) => b.title === 'Note')!.note).toBe('n');
  });

  it('the directory lists current offers without notes, and leaves out partners with none', () => {
    const directory = benefitDirectory(snapshot, '2027-05-01');
    expect(directory.partners.map((p) => p.name)).toEqual(['Alpha']);
    expect(JSON.stringify(directory)).not.toContain('partnerNote');
    expect(JSON.stringify(directory)).not.toContain('verifyCode');
  });
});
