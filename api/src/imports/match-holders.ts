import type { CreateHolderBody } from '../holders/schemas.ts';
import { cleanName } from '../shared/clean-text.ts';

/**
 * How a row finds the young carer it is about: by reference when it has one,
 * and by given name, family name and date of birth (compared without case).
 * The reference wins: a row whose reference belongs to someone is about them.
 */
export function matchKeys(input: Pick<CreateHolderBody, 'givenName' | 'familyName' | 'dateOfBirth' | 'reference'>): string[] {
  const keys: string[] = [];
  if (input.reference) keys.push(referenceKey(input.reference));
  keys.push(nameKey(input));
  return keys;
}

export const referenceKey = (reference: string) => `ref:${cleanName(reference)}`;

export const nameKey = (input: { givenName: string; familyName: string; dateOfBirth: string }) =>
  `name:${cleanName(input.givenName).toLocaleLowerCase('en-GB')}|${cleanName(input.familyName).toLocaleLowerCase('en-GB')}|${input.dateOfBirth}`;
