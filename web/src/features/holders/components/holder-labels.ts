import type { CreateHolderBody } from '../../../../../api/src/holders/schemas.ts';
import type { CardLanguage, MessageLanguage } from '../../../../../api/src/shared/languages.ts';

/**
 * Consent, as staff record it: the catalogue key of each label, keyed by the
 * API's codes (CreateHolderBody's consentBy and consentMethod), so a code
 * added there must get a label here. A holder's record types them as plain
 * strings: one not here is shown as it is.
 */
export const consentByLabel: Record<CreateHolderBody['consentBy'], string> = {
  young_carer: 'holders.consentBy.young_carer',
  parent: 'holders.consentBy.parent',
  guardian: 'holders.consentBy.guardian',
  professional: 'holders.consentBy.professional',
};

export const consentMethodLabel: Record<CreateHolderBody['consentMethod'], string> = {
  written: 'holders.consentMethod.written',
  verbal: 'holders.consentMethod.verbal',
  online: 'holders.consentMethod.online',
};

/** Each language for letters and messages named in itself, as every page shows it (so a family can find theirs). */
export const LANGUAGE_NAMES: Record<MessageLanguage, string> = {
  en: 'English',
  cy: 'Cymraeg',
  pl: 'Polski',
  ur: 'اردو',
  ar: 'العربية',
};

/** The card's languages: catalogue keys, named in the page's language. */
export const cardLanguageLabel: Record<CardLanguage, string> = {
  en: 'holders.cardLanguage.en',
  cy: 'holders.cardLanguage.cy',
  bilingual: 'holders.cardLanguage.bilingual',
};

/** The label's catalogue key for a code the record holds as a plain string, or undefined (then the code is shown as it is). */
export function labelOf<Code extends string>(labels: Record<Code, string>, code: string): string | undefined {
  return Object.hasOwn(labels, code) ? labels[code as Code] : undefined;
}
