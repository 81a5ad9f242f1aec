import { describe, expect, it } from 'vitest';
import { editDistance, namesLookAlike, phoneKey } from '../../api/src/referrals/referral-names.ts';

const person = (givenName: string, familyName: string, preferredName: string | null = null) => ({ givenName, familyName, preferredName });

describe('similar names for the referral duplicate check', () => {
  it.each([
    ['accents and case', person('Zoë', 'Wiśniewska'), person('zoe', 'WISNIEWSKA')],
    ['hyphen or space in a double-barrelled name', person('Amelia', 'Kowalczyk-Brown'), person('Amelia', 'Kowalczyk Brown')],
    ['a typing slip', person('Jayden', 'Smith'), person('Jaydon', 'Smith')],
    ['two slips in a long name', person('Mohammed', 'Rahman'), person('Muhammad', 'Rahman')],
    ['a short form of the given name', person('Sam', 'Okafor'), person('Samantha', 'Okafor')],
    ['the preferred name', person('Alexandra', 'Nowak', 'Ola'), person('Ola', 'Nowak')],
    ['given and family name swapped', person('Li', 'Wei'), person('Wei', 'Li')],
    ['letters Unicode does not decompose', person('Łukasz', 'Jørgensen'), person('Lukasz', 'Jorgensen')],
  ])('match: %s', (_, a, b) => {
    expect(namesLookAlike(a, b)).toBe(true);
    expect(namesLookAlike(b, a)).toBe(true);
  });

  it.each([
    ['siblings: another given name', person('Ada', 'Nwosu'), person('Tobi', 'Nwosu')],
    ['another family', person('Amelia', 'Smith'), person('Amelia', 'Jones')],
    ['short names differing by more than one letter', person('Ann', 'Lee'), person('Amy', 'Lee')],
    ['two letters in the given name', person('Sam', 'Okafor'), person('Tom', 'Okafor')],
  ])('no match: %s', (_, a, b) => {
    expect(namesLookAlike(a, b)).toBe(false);
    expect(namesLookAlike(b, a)).toBe(false);
  });

  it('gives up on the edit distance past its limit', () => {
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });

  it('compares phones by their last 9 digits, so 0 and +44 agree; too few digits compare as nothing', () => {
    expect(phoneKey('0115 496 0123')).toBe(phoneKey('+44 (115) 496-0123'));
    expect(phoneKey('12345')).toBe('');
    expect(phoneKey(null)).toBe('');
  });
});
