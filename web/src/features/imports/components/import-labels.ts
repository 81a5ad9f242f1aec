import type { ImportField, RowResult } from '../../../../../api/src/imports/schemas.ts';

/** The fields a column can fill, in the order the mapping form shows them; each label is `imports.fields.<field>`. */
export const FIELD_OPTIONS: { field: ImportField; required: boolean }[] = [
  { field: 'reference', required: false },
  { field: 'givenName', required: true },
  { field: 'familyName', required: true },
  { field: 'preferredName', required: false },
  { field: 'dateOfBirth', required: true },
  { field: 'contactEmail', required: false },
  { field: 'contactPhone', required: false },
  { field: 'consentBy', required: true },
  { field: 'consentAt', required: true },
  { field: 'consentMethod', required: true },
  { field: 'notes', required: false },
];

/** What became of a row, as `imports.result.<key>`. */
export const RESULT_KEYS: Record<RowResult, string> = {
  created: 'created',
  updated: 'updated',
  unchanged: 'unchanged',
  matched_skipped: 'matchedSkipped',
  duplicate: 'duplicate',
};
