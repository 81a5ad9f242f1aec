import { AppError } from '../errors.ts';
import { cleanName, cleanText } from '../shared/clean-text.ts';
import type { Holder } from '../generated/sqlite/client.ts';
import { CreateHolderBody, type UpdateHolderBody } from './schemas.ts';
import { isCalendarDate } from '../shared/calendar.ts';
import { DEFAULT_CARD_LANGUAGE, DEFAULT_LANGUAGE } from '../shared/languages.ts';

/** A holder's own columns as stored (everything but id, photo, searchText and timestamps): Prisma's model is their one source. */
export type HolderFields = Omit<Holder, 'id' | 'photoFile' | 'searchText' | 'createdAt' | 'updatedAt'>;

/** Young carers' dates of birth before this are taken as typing mistakes. */
export const EARLIEST_DATE_OF_BIRTH = '1990-01-01';

/**
 * The cleaned, checked form of each field present in `input`; absent fields
 * stay absent, null clears an optional field. Throws VALIDATION_FAILED naming
 * the field for what the body schema cannot see (a name that is empty once
 * invisible characters go, 2024-02-30, a birthday in the future).
 */
export function cleanHolderChanges(input: UpdateHolderBody, today: Date): Partial<HolderFields> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const clean = cleaners[key as keyof UpdateHolderBody] as ((value: unknown, today: Date) => unknown) | undefined;
    // A field with no rule of its own beyond its schema is stored as sent.
    out[key] = value === null ? null : clean ? clean(value, today) : value;
  }
  return out as Partial<HolderFields>;
}

type Cleaners = { [K in keyof UpdateHolderBody]?: (value: Exclude<UpdateHolderBody[K], null | undefined>, today: Date) => HolderFields[K & keyof HolderFields] };

/**
 * What the body schema cannot say about a field: cleaning (invisible
 * characters, case) and checks that need the field's meaning. Only fields
 * that need more than their schema are listed.
 */
const cleaners: Cleaners = {
  givenName: (value) => requiredName('givenName', value),
  familyName: (value) => requiredName('familyName', value),
  preferredName: (value) => requiredName('preferredName', value),
  dateOfBirth: (value, today) => checkDateOfBirth(value, today),
  contactEmail: (value) => value.trim().toLowerCase(),
  contactPhone: (value) => cleanName(value) || null,
  consentAt: (value) => checkInstant('consentAt', value),
  reference: (value) => requiredName('reference', value),
  notes: (value) => cleanText(value) || null,
  caringNote: (value) => cleanText(value) || null,
};

/** Every field of a new holder, cleaned; optional ones the body leaves out are null, the languages English. */
export function cleanNewHolder(input: CreateHolderBody, today: Date): HolderFields {
  const optional = Object.fromEntries(OPTIONAL_FIELDS.map((key) => [key, null]));
  return { ...optional, ...LANGUAGE_DEFAULTS, ...cleanHolderChanges(input, today) } as HolderFields;
}

const LANGUAGE_DEFAULTS = { language: DEFAULT_LANGUAGE, cardLanguage: DEFAULT_CARD_LANGUAGE };

/** The fields the create schema does not require: stored as null when left out (the languages have their defaults). */
const OPTIONAL_FIELDS = Object.keys(CreateHolderBody.properties).filter(
  (key) => !(CreateHolderBody.required as string[] | undefined ?? []).includes(key) && !(key in LANGUAGE_DEFAULTS),
);

function requiredName(field: string, value: string): string {
  const cleaned = cleanName(value);
  if (!cleaned) throw new AppError('VALIDATION_FAILED', `${field} is empty once invisible characters are removed.`, { field });
  return cleaned;
}

/** A real calendar date (YYYY-MM-DD), from 1990 up to today (UTC). */
export function checkDateOfBirth(value: string, today: Date, field = 'dateOfBirth'): string {
  if (!isCalendarDate(value)) {
    throw new AppError('VALIDATION_FAILED', `${field} is not a real calendar date (YYYY-MM-DD).`, { field });
  }
  if (value < EARLIEST_DATE_OF_BIRTH) {
    throw new AppError('VALIDATION_FAILED', `${field} is before ${EARLIEST_DATE_OF_BIRTH.slice(0, 4)}; check the year.`, { field });
  }
  if (value > today.toISOString().slice(0, 10)) {
    throw new AppError('VALIDATION_FAILED', `${field} is in the future.`, { field });
  }
  return value;
}

function checkInstant(field: string, value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new AppError('VALIDATION_FAILED', `${field} is not a valid date and time.`, { field });
  return date;
}
