import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { MESSAGE_LANGUAGES, type MessageLanguage } from '../shared/languages.ts';

/**
 * The API's own words in the young carer's language: one catalogue per
 * language (`<code>.json` here, ICU message syntax as in the web apps, read
 * by FormatJS's intl-messageformat). A key a language lacks falls back to
 * English; a key English lacks is a bug and throws.
 */
type Catalogue = { [key: string]: string | Catalogue };
export type MessageValues = Record<string, string | number | Date>;
export type Translate = (key: string, values?: MessageValues) => string;

/** The locale each language writes dates and numbers in. */
export const LOCALES: Record<MessageLanguage, string> = { en: 'en-GB', cy: 'cy-GB', pl: 'pl-PL', ur: 'ur-PK', ar: 'ar' };

const RIGHT_TO_LEFT: ReadonlySet<MessageLanguage> = new Set(['ur', 'ar']);

export function textDirection(language: MessageLanguage): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

function flatten(catalogue: Catalogue, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else flatten(value, path, into);
  }
  return into;
}

const catalogues = new Map(
  MESSAGE_LANGUAGES.map((code) => [code, flatten(JSON.parse(readFileSync(new URL(`./${code}.json`, import.meta.url), 'utf8')) as Catalogue)] as const),
);
const compiled = new Map<string, IntlMessageFormat>();

/** Whether the catalogues have this key (English decides: every language has English's keys). */
export function hasMessage(key: string): boolean {
  return catalogues.get('en')!.has(key);
}

/** `t(key, values)` for one language. */
export function translator(language: MessageLanguage): Translate {
  return (key, values) => {
    const source = catalogues.get(language)?.get(key) ?? catalogues.get('en')!.get(key);
    if (source === undefined) throw new Error(`No message "${key}" in the API catalogues`);
    const id = `${language}\u0000${key}`;
    let format = compiled.get(id);
    if (!format) {
      format = new IntlMessageFormat(source, LOCALES[language]);
      compiled.set(id, format);
    }
    return String(format.format(values));
  };
}
