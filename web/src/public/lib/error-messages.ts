import { currentLanguage, hasMessage, translate } from '../../i18n/start-i18n.ts';
import type { ApiRefused } from './public-api.ts';

/**
 * The public app's one mapping from what the API refused to a sentence in
 * the page's language: `errors.<CODE>` in the catalogue when it has one.
 * Otherwise the API's own message, which is written for people but in
 * English, on an English page, and a general sentence on any other.
 */
export function refusalSentence(refusal: Pick<ApiRefused, 'code' | 'message'>): string {
  const key = `errors.${refusal.code}`;
  if (hasMessage(key)) return translate(key);
  return currentLanguage() === 'en' && refusal.message ? refusal.message : translate('errors.generic');
}
