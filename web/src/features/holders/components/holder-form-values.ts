import type { CreateHolderBody, HolderDetail, UpdateHolderBody } from '../../../../../api/src/holders/schemas.ts';
import { todayAsCalendarDate, toDateTimeLocal } from '../../../lib/format-date.ts';

/** What the register and edit forms hold: every field as the text in its input. */
export type HolderFormValues = {
  givenName: string;
  familyName: string;
  preferredName: string;
  dateOfBirth: string;
  contactEmail: string;
  contactPhone: string;
  consentBy: string;
  consentMethod: string;
  /** Local time, as <input type="datetime-local"> holds it. */
  consentAt: string;
  reference: string;
  notes: string;
  caringNote: string;
};

export type HolderFormField = keyof HolderFormValues;
export type HolderFormErrors = Partial<Record<HolderFormField, string>>;

export const HOLDER_FORM_FIELDS: HolderFormField[] = [
  'givenName',
  'familyName',
  'preferredName',
  'dateOfBirth',
  'contactEmail',
  'contactPhone',
  'consentBy',
  'consentMethod',
  'consentAt',
  'reference',
  'notes',
  'caringNote',
];

/** Limits the API checks too (CreateHolderBody); checking here first saves a round trip. */
export const LIMITS = { name: 60, reference: 40, notes: 4000, caringNote: 2000 } as const;
const PHONE = /^\+?[0-9 ()-]{7,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyHolderFormValues(now: Date = new Date()): HolderFormValues {
  return {
    givenName: '',
    familyName: '',
    preferredName: '',
    dateOfBirth: '',
    contactEmail: '',
    contactPhone: '',
    // Preselected, and shown as visible choices, so staff see what they are recording.
    consentBy: 'young_carer',
    consentMethod: 'written',
    consentAt: toDateTimeLocal(now),
    reference: '',
    notes: '',
    caringNote: '',
  };
}

export function holderFormValuesOf(holder: HolderDetail): HolderFormValues {
  return {
    givenName: holder.givenName,
    familyName: holder.familyName,
    preferredName: holder.preferredName ?? '',
    dateOfBirth: holder.dateOfBirth,
    contactEmail: holder.contactEmail ?? '',
    contactPhone: holder.contactPhone ?? '',
    consentBy: holder.consentBy,
    consentMethod: holder.consentMethod,
    consentAt: toDateTimeLocal(holder.consentAt),
    reference: holder.reference ?? '',
    notes: holder.notes ?? '',
    caringNote: holder.caringNote ?? '',
  };
}

export function readHolderForm(form: HTMLFormElement): HolderFormValues {
  const data = new FormData(form);
  const text = (name: HolderFormField) => String(data.get(name) ?? '');
  return {
    givenName: text('givenName').trim(),
    familyName: text('familyName').trim(),
    preferredName: text('preferredName').trim(),
    dateOfBirth: text('dateOfBirth'),
    contactEmail: text('contactEmail').trim(),
    contactPhone: text('contactPhone').trim(),
    consentBy: text('consentBy'),
    consentMethod: text('consentMethod'),
    consentAt: text('consentAt'),
    reference: text('reference').trim(),
    // Notes keep their line breaks; only the ends are trimmed.
    notes: text('notes').trim(),
    caringNote: text('caringNote').trim(),
  };
}

export function validateHolderForm(values: HolderFormValues, now: Date = new Date()): HolderFormErrors {
  const errors: HolderFormErrors = {};
  if (!values.givenName) errors.givenName = 'Enter their given name.';
  else if (values.givenName.length > LIMITS.name) errors.givenName = `Use ${LIMITS.name} characters or fewer.`;
  if (!values.familyName) errors.familyName = 'Enter their family name.';
  else if (values.familyName.length > LIMITS.name) errors.familyName = `Use ${LIMITS.name} characters or fewer.`;
  if (values.preferredName.length > LIMITS.name) errors.preferredName = `Use ${LIMITS.name} characters or fewer.`;
  if (!values.dateOfBirth) errors.dateOfBirth = 'Enter their date of birth.';
  else if (!DATE.test(values.dateOfBirth)) errors.dateOfBirth = 'Enter a real date, such as 17/05/2013.';
  else if (values.dateOfBirth > todayAsCalendarDate(now)) errors.dateOfBirth = 'The date of birth must be in the past.';
  if (values.contactEmail && !EMAIL.test(values.contactEmail)) {
    errors.contactEmail = 'Enter an email address like name@example.org, or leave it empty.';
  }
  if (values.contactPhone && !PHONE.test(values.contactPhone)) {
    errors.contactPhone = 'Enter a phone number using digits, spaces and + ( ) - only, such as 0115 496 0000.';
  }
  if (!values.consentBy) errors.consentBy = 'Choose who gave consent.';
  if (!values.consentMethod) errors.consentMethod = 'Choose how consent was given.';
  const consentAt = new Date(values.consentAt);
  if (!values.consentAt || Number.isNaN(consentAt.getTime())) errors.consentAt = 'Enter when consent was given.';
  else if (consentAt.getTime() > now.getTime() + 60_000) errors.consentAt = 'Consent cannot be given in the future.';
  if (values.reference.length > LIMITS.reference) errors.reference = `Use ${LIMITS.reference} characters or fewer.`;
  if (values.notes.length > LIMITS.notes) errors.notes = `Use ${LIMITS.notes} characters or fewer.`;
  if (values.caringNote.length > LIMITS.caringNote) errors.caringNote = `Use ${LIMITS.caringNote} characters or fewer.`;
  return errors;
}

const orNull = (value: string) => value || null;

/* The form keeps plain strings; the radio options only offer the API's values, so they are narrowed here, where form text becomes a request body. */
type ConsentBy = CreateHolderBody['consentBy'];
type ConsentMethod = CreateHolderBody['consentMethod'];

export function toCreateHolderBody(values: HolderFormValues): CreateHolderBody {
  return {
    givenName: values.givenName,
    familyName: values.familyName,
    preferredName: orNull(values.preferredName),
    dateOfBirth: values.dateOfBirth,
    contactEmail: orNull(values.contactEmail),
    contactPhone: orNull(values.contactPhone),
    consentBy: values.consentBy as ConsentBy,
    consentMethod: values.consentMethod as ConsentMethod,
    consentAt: new Date(values.consentAt).toISOString(),
    reference: orNull(values.reference),
    notes: orNull(values.notes),
    caringNote: orNull(values.caringNote),
  };
}

/** Only what changed; an emptied optional field is sent as null, which clears it. */
export function toHolderChanges(before: HolderFormValues, after: HolderFormValues): UpdateHolderBody {
  const body = toCreateHolderBody(after);
  const changes: UpdateHolderBody = {};
  for (const field of HOLDER_FORM_FIELDS) {
    if (before[field] !== after[field]) Object.assign(changes, { [field]: body[field] });
  }
  return changes;
}
