import type { ImportField, RowResult } from '../../../../../api/src/imports/schemas.ts';

/** The fields a column can fill, in the order the mapping form shows them. */
export const FIELD_OPTIONS: { field: ImportField; label: string; required: boolean }[] = [
  { field: 'reference', label: 'Reference', required: false },
  { field: 'givenName', label: 'Given name', required: true },
  { field: 'familyName', label: 'Family name', required: true },
  { field: 'preferredName', label: 'Preferred name', required: false },
  { field: 'dateOfBirth', label: 'Date of birth', required: true },
  { field: 'contactEmail', label: 'Contact email', required: false },
  { field: 'contactPhone', label: 'Contact phone', required: false },
  { field: 'consentBy', label: 'Consent given by', required: true },
  { field: 'consentAt', label: 'Consent date', required: true },
  { field: 'consentMethod', label: 'Consent method', required: true },
  { field: 'notes', label: 'Notes', required: false },
];

export const RESULT_LABELS: Record<RowResult, string> = {
  created: 'Added',
  updated: 'Updated',
  unchanged: 'Already up to date',
  matched_skipped: 'Already registered, left as it was',
  duplicate: 'Same as an earlier row',
};

export const rowCount = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'row' : 'rows'}`;
