import { Compile } from 'typebox/compile';
import { AppError } from '../errors.ts';
import { cleanHolderChanges, type HolderFields } from '../holders/holder-input.ts';
import { assertPrintableName } from '../holders/printable-name.ts';
import { CreateHolderBody } from '../holders/schemas.ts';
import { isCalendarDate } from '../shared/calendar.ts';
import { IMPORT_FIELDS, type ImportField, type ImportMapping, type RowProblem, type RowValues } from './schemas.ts';

/** Field names in words, for problems and the report. */
export const FIELD_LABELS: Record<ImportField, string> = {
  givenName: 'Given name',
  familyName: 'Family name',
  preferredName: 'Preferred name',
  dateOfBirth: 'Date of birth',
  contactEmail: 'Contact email',
  contactPhone: 'Contact phone',
  consentBy: 'Consent given by',
  consentAt: 'Consent date',
  consentMethod: 'Consent method',
  reference: 'Reference',
  notes: 'Notes',
};

const checkBody = Compile(CreateHolderBody);

/**
 * A date as people type it into a register: 2012-05-17, 17/05/2012, 17/5/2012,
 * 17.05.2012 or 17-05-2012 (day first, as in the UK), with or without a time
 * after it. Null for anything else, or a day that does not exist.
 */
export function parseTypedDate(text: string): string | null {
  const value = text.trim().replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, '');
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  let ymd: [string, string, string] | undefined;
  if (match) ymd = [match[1]!, match[2]!, match[3]!];
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  if (match) ymd = [match[3]!, match[2]!, match[1]!];
  if (!ymd) return null;
  const date = `${ymd[0]}-${ymd[1].padStart(2, '0')}-${ymd[2].padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}

/** The row's cells as field values under the mapping (a column not mapped gives nothing). */
export function valuesOf(cells: string[], mapping: ImportMapping): RowValues {
  const values: RowValues = {};
  for (const field of IMPORT_FIELDS) {
    const column = mapping.fields[field];
    const cell = column === undefined ? '' : (cells[column] ?? '').trim();
    if (cell !== '') values[field] = cell;
  }
  return values;
}

const words = (text: string) => text.trim().toLowerCase().replace(/[\s-]+/g, '_');

/**
 * The row as a holder body (dates read, consent words as codes, the
 * mapping's defaults filled in), not yet checked, with the problems of dates
 * that cannot be read. The import run starts from this for rows the dry run
 * passed: nothing but the date has changed since (see runImportBatch).
 */
export function rowBody(values: RowValues, defaults: ImportMapping['defaults']): { body: Record<string, string>; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const body: Record<string, string> = {};
  for (const field of IMPORT_FIELDS) {
    const given = values[field];
    if (given !== undefined && given !== '') body[field] = given;
  }
  for (const field of ['dateOfBirth', 'consentAt'] as const) {
    const given = body[field];
    if (given === undefined) continue;
    // A full ISO date-time is taken as it is for the consent; otherwise a typed date.
    if (field === 'consentAt' && /^\d{4}-\d{2}-\d{2}T/.test(given) && !Number.isNaN(Date.parse(given))) continue;
    const day = parseTypedDate(given);
    if (day === null) {
      problems.push({ field, message: `${FIELD_LABELS[field]} is not a date we can read: write it as 17/05/2012 or 2012-05-17.` });
      delete body[field];
    } else body[field] = field === 'consentAt' ? `${day}T00:00:00.000Z` : day;
  }
  if (body.consentBy !== undefined) body.consentBy = words(body.consentBy);
  if (body.consentMethod !== undefined) body.consentMethod = words(body.consentMethod);
  if (body.consentBy === undefined && defaults.consentBy) body.consentBy = defaults.consentBy;
  if (body.consentMethod === undefined && defaults.consentMethod) body.consentMethod = defaults.consentMethod;
  if (body.consentAt === undefined && defaults.consentAt && !problems.some((p) => p.field === 'consentAt')) {
    const day = parseTypedDate(defaults.consentAt);
    body.consentAt = day ? `${day}T00:00:00.000Z` : defaults.consentAt;
  }
  return { body, problems };
}

/**
 * What the API would make of this row: the holder body (the API's own
 * schema and cleaning rules, the same as POST /api/holders), or every problem
 * found, in words. Problems never quote the value.
 */
export function checkRow(values: RowValues, defaults: ImportMapping['defaults'], today: Date): { input: CreateHolderBody | null; problems: RowProblem[] } {
  const { body, problems } = rowBody(values, defaults);
  if (!checkBody.Check(body)) {
    for (const error of checkBody.Errors(body)) {
      if (error.keyword === 'required') {
        const missing = (error.params as { requiredProperties?: string[] }).requiredProperties ?? [];
        for (const field of missing) {
          if (problems.some((p) => p.field === field)) continue;
          problems.push({ field, message: `${FIELD_LABELS[field as ImportField] ?? field} is missing.` });
        }
        continue;
      }
      const field = error.instancePath.slice(1).split('/')[0] as ImportField;
      if (!field || problems.some((p) => p.field === field)) continue;
      problems.push({ field, message: schemaProblem(field, error.keyword, error.params as Record<string, unknown>) });
    }
  }
  if (problems.length > 0) return { input: null, problems };

  // The cleaning rules of the API, field by field, so every problem is found (not only the first).
  const input = body as unknown as CreateHolderBody;
  const cleaned: Partial<HolderFields> = {};
  for (const [field, value] of Object.entries(input)) {
    try {
      Object.assign(cleaned, cleanHolderChanges({ [field]: value }, today));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push({ field, message: `${FIELD_LABELS[field as ImportField]}: ${error.message.replace(/^\w+ /, '')}` });
    }
  }
  if (problems.length === 0) {
    try {
      assertPrintableName({ givenName: cleaned.givenName!, preferredName: cleaned.preferredName ?? null }, { givenName: true, preferredName: cleaned.preferredName !== undefined });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push({ field: error.field ?? 'givenName', message: error.message });
    }
  }
  return problems.length > 0 ? { input: null, problems } : { input, problems };
}

function schemaProblem(field: ImportField, keyword: string, params: Record<string, unknown>): string {
  const label = FIELD_LABELS[field];
  if (keyword === 'maxLength') return `${label} is longer than ${String(params.limit)} characters.`;
  if (keyword === 'minLength') return `${label} is empty.`;
  if (field === 'consentBy') return `${label} must be one of: young carer, parent, guardian, professional.`;
  if (field === 'consentMethod') return `${label} must be one of: written, verbal, online.`;
  if (field === 'contactEmail') return `${label} is not an email address.`;
  if (field === 'contactPhone') return `${label} is not a phone number (7 to 20 digits, spaces, brackets or dashes, optionally starting with +).`;
  if (field === 'consentAt') return `${label} is not a date we can read: write it as 17/05/2012 or 2012-05-17.`;
  return `${label} is not valid.`;
}
