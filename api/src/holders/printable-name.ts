import { unprintableCharacters } from '../card-pdf/fonts.ts';
import { AppError } from '../errors.ts';

/**
 * A card prints one name: the preferred name, else the given name. The card
 * fonts draw Latin, Greek, Cyrillic, Arabic, Hebrew, Devanagari, Gurmukhi,
 * Bengali and Chinese; a name with a character none of them has (an emoji, a
 * symbol, a script no shipped font covers) would print empty boxes, so it is
 * refused when it is entered, and the preferred name is the way to give a
 * printable one. The family name is never printed, so any character is fine there.
 */
export function assertPrintableName(names: { givenName: string; preferredName: string | null }, changed: { givenName: boolean; preferredName: boolean }): void {
  const list = (chars: string[]) => chars.slice(0, 5).map((ch) => `"${ch}"`).join(', ');
  if (names.preferredName !== null) {
    const missing = unprintableCharacters(names.preferredName);
    if (missing.length > 0) {
      throw new AppError(
        'NAME_NOT_PRINTABLE',
        `The preferred name has characters a card cannot print (${list(missing)}). Cards print letters, not symbols or emoji; leave those out.`,
        { field: 'preferredName' },
      );
    }
    return;
  }
  const missing = unprintableCharacters(names.givenName);
  if (missing.length === 0) return;
  const field = changed.givenName || !changed.preferredName ? 'givenName' : 'preferredName';
  throw new AppError(
    'NAME_NOT_PRINTABLE',
    `The given name has characters a card cannot print (${list(missing)}). Keep it as it is and add a preferred name without them: cards and verify answers show the preferred name.`,
    { field },
  );
}

/** For cards issued from records entered before the check existed. */
export function printedNameProblem(holder: { givenName: string; preferredName: string | null }): string | undefined {
  const name = holder.preferredName ?? holder.givenName;
  const missing = unprintableCharacters(name);
  return missing.length > 0 ? 'The name this card would print has characters a card cannot draw. Add a preferred name without them first.' : undefined;
}
