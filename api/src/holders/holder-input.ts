import { AppError } from '../errors.ts';
import { cleanName, cleanText } from '../shared/clean-text.ts';
import type { CreateHolderBody, UpdateHolderBody } from './schemas.ts';
import { isCalendarDate } from '../shared/calendar.ts';

/** A holder's own columns as stored (everything but id, photo, searchText and timestamps). */
export type HolderFields = {
  givenName: string;
  familyName: string;
  preferredName: string | null;
  dateOfBirth: string;
  contactEmail: string | null;
  contactPhone: string | null;
  consentBy: string;
  consentAt: Date;
  consentMethod: string;
  reference: string | null;
  notes: string | null;
  caringNote: string | null;
};

/** Young carers' dates of birth before this are taken as typing mistakes. */
export const EARLIEST_DATE_OF_BIRTH = '1990-01-01';

/**
 * The cleaned, checked form of each field present in `input`; absent fields
 * stay absent, null clears an optional field. Throws VALIDATION_FAILED naming
 * the field for what the body schema cannot see (a name that is empty once
 * invisible characters go, 2024-02-30, a birthday in the future).
 */
export function cleanHolderChanges(input: UpdateHolderBody, today: Date): Partial<HolderFields> {
  const out: Partial<HolderFields> = {};
  if (input.givenName !== undefined) out.givenName = requiredName('givenName', input.givenName);
  if (input.familyName !== undefined) out.familyName = requiredName('familyName', input.familyName);
  if (input.preferredName !== undefined) out.preferredName = input.preferredName === null ? null : requiredName('preferredName', input.preferredName);
  if (input.dateOfBirth !== undefined) out.dateOfBirth = checkDateOfBirth(input.dateOfBirth, today);
  if (input.contactEmail !== undefined) out.contactEmail = input.contactEmail === null ? null : input.contactEmail.trim().toLowerCase();
  if (input.contactPhone !== undefined) out.contactPhone = input.contactPhone === null ? null : cleanName(input.contactPhone) || null;
  if (input.consentBy !== undefined) out.consentBy = input.consentBy;
  if (input.consentAt !== undefined) out.consentAt = checkInstant('consentAt', input.consentAt);
  if (input.consentMethod !== undefined) out.consentMethod = input.consentMethod;
  if (input.reference !== undefined) out.reference = input.reference === null ? null : requiredName('reference', input.reference);
  if (input.notes !== undefined) out.notes = input.notes === null ? null : cleanText(input.notes) || null;
  if (input.caringNote !== undefined) out.caringNote = input.caringNote === null ? null : cleanText(input.caringNote) || null;
  return out;
}

/** Every field of a new holder, cleaned; optional ones default to null. */
export function cleanNewHolder(input: CreateHolderBody, today: Date): HolderFields {
  const changes = cleanHolderChanges(input, today);
  const { givenName, familyName, dateOfBirth, consentBy, consentAt, consentMethod } = changes;
  if (givenName === undefined || familyName === undefined || dateOfBirth === undefined
    || consentBy === undefined || consentAt === undefined || consentMethod === undefined) {
    throw new Error('cleanNewHolder: the body schema requires every mandatory field');
  }
  return {
    preferredName: null, contactEmail: null, contactPhone: null, reference: null, notes: null, caringNote: null,
    ...changes,
    givenName, familyName, dateOfBirth, consentBy, consentAt, consentMethod,
  };
}

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
