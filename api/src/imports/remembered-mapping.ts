import type { Tx } from '../db/transaction.ts';
import { readSetting, writeSetting } from '../db/setting-row.ts';
import { IMPORT_FIELDS, type ImportField, type ImportMapping, type OnMatch } from './schemas.ts';

const SETTING = 'imports.mapping';

/** What is remembered from the last import: each field's column heading (not its position), the defaults and the choice for matches. */
type Remembered = { headings: Partial<Record<ImportField, string>>; defaults: ImportMapping['defaults']; onMatch: OnMatch };

/** Headings a register is likely to use for each field, lower-cased, without spaces or punctuation. */
const GUESSES: Record<ImportField, string[]> = {
  givenName: ['givenname', 'firstname', 'forename', 'forenames', 'first', 'name'],
  familyName: ['familyname', 'lastname', 'surname', 'last'],
  preferredName: ['preferredname', 'knownas', 'nickname'],
  dateOfBirth: ['dateofbirth', 'dob', 'birthdate', 'birthday', 'born'],
  contactEmail: ['contactemail', 'email', 'emailaddress', 'parentemail'],
  contactPhone: ['contactphone', 'phone', 'telephone', 'mobile', 'phonenumber', 'tel'],
  consentBy: ['consentby', 'consentgivenby'],
  consentAt: ['consentat', 'consentdate', 'dateofconsent', 'consentgiven'],
  consentMethod: ['consentmethod', 'consenthow'],
  reference: ['reference', 'ref', 'id', 'referencenumber', 'clientid'],
  notes: ['notes', 'note', 'comments'],
};

const key = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The mapping for a file's headings: the remembered one where its headings are there, else a guess from the headings. */
export async function mappingFor(deps: { db: Tx }, columns: string[]): Promise<{ mapping: ImportMapping; remembered: boolean; onMatch: OnMatch }> {
  const saved = await readSetting<Remembered>(deps, SETTING);
  const keys = columns.map(key);
  const fields: ImportMapping['fields'] = {};
  let remembered = false;
  if (saved) {
    for (const field of IMPORT_FIELDS) {
      const heading = saved.headings[field];
      const index = heading === undefined ? -1 : keys.indexOf(key(heading));
      if (index >= 0) {
        fields[field] = index;
        remembered = true;
      }
    }
  }
  if (!remembered) {
    for (const field of IMPORT_FIELDS) {
      const index = keys.findIndex((k, i) => GUESSES[field].includes(k) && !Object.values(fields).includes(i));
      if (index >= 0) fields[field] = index;
    }
  }
  return { mapping: { fields, defaults: remembered && saved ? saved.defaults : {} }, remembered, onMatch: saved?.onMatch ?? 'update' };
}

/** Remembers a mapping by heading, for the next upload. */
export async function rememberMapping(deps: { db: Tx }, columns: string[], mapping: ImportMapping, onMatch: OnMatch): Promise<void> {
  const headings: Remembered['headings'] = {};
  for (const field of IMPORT_FIELDS) {
    const index = mapping.fields[field];
    if (index !== undefined && columns[index] !== undefined) headings[field] = columns[index];
  }
  await writeSetting(deps, SETTING, { headings, defaults: mapping.defaults, onMatch } satisfies Remembered);
}
