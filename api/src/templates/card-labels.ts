import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isTextField } from './fields.ts';

/**
 * The words a card prints around its fields, one catalogue per language in
 * `templates/labels/<language>.json`: plain text with `{field}` placeholders
 * (no ICU), e.g. "Valid until {expiresOn}". Templates name a label by key;
 * a bilingual card prints the Welsh and the English.
 */
export const LABEL_LANGUAGES = ['en', 'cy'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];
export type CardLabels = Record<LabelLanguage, Readonly<Record<string, string>>>;

export class LabelError extends Error {
  override name = 'LabelError';
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w*)\}/g)].map((match) => match[1]!).sort();

/**
 * Reads and checks the catalogues: each language has exactly English's keys,
 * every label is a non-empty string, and each translation has the same
 * placeholders as the English, all of them real fields.
 */
export function loadCardLabels(dir: string): CardLabels {
  const read = (language: LabelLanguage): Record<string, string> => {
    const file = path.join(dir, `${language}.json`);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new LabelError(`templates/labels/${language}.json: cannot be read as JSON (${(error as Error).message})`);
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new LabelError(`templates/labels/${language}.json: must be an object of label keys to text`);
    return data as Record<string, string>;
  };
  const labels = { en: read('en'), cy: read('cy') };
  const keys = Object.keys(labels.en);
  for (const language of LABEL_LANGUAGES) {
    const where = `templates/labels/${language}.json`;
    const catalogue = labels[language];
    for (const key of Object.keys(catalogue)) {
      if (!Object.hasOwn(labels.en, key)) throw new LabelError(`${where}: "${key}" is not a label English has`);
    }
    for (const key of keys) {
      const text = catalogue[key];
      if (typeof text !== 'string' || text.trim() === '') throw new LabelError(`${where}: "${key}" is missing or empty`);
      const unknown = placeholders(text).find((field) => !isTextField(field));
      if (unknown !== undefined) throw new LabelError(`${where}: "${key}" names an unknown field {${unknown}}`);
      if (placeholders(text).join() !== placeholders(labels.en[key]!).join()) {
        throw new LabelError(`${where}: "${key}" must have the same {fields} as the English "${labels.en[key]}"`);
      }
    }
  }
  return labels;
}

let bundled: CardLabels | undefined;

/** The catalogues shipped in this repository's templates/labels (for callers that render without a loaded template set). */
export function bundledCardLabels(): CardLabels {
  bundled ??= loadCardLabels(new URL('../../../templates/labels', import.meta.url).pathname);
  return bundled;
}
