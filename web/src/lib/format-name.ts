import { translate } from '../i18n/start-i18n.ts';

/** The names every young carer record carries, wherever it comes from (a search result, a card list...). */
type Named = { givenName: string; familyName: string; preferredName: string | null };

/** "Given Family": how staff see a young carer's name. */
export function fullName(person: Named): string {
  return `${person.givenName} ${person.familyName}`;
}

/** The preferred name, when there is one and it differs from the given name. */
export function preferredNameNote(person: Named): string | undefined {
  const preferred = person.preferredName?.trim();
  return preferred && preferred !== person.givenName ? translate('holders.prefers', { name: preferred }) : undefined;
}
