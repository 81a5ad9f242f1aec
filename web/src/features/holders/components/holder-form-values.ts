import { CreateHolderBody, type HolderDetail, type UpdateHolderBody } from '../../../../../api/src/holders/schemas.ts';
import { dateFieldProblem } from '../../../components/ui/date-field.tsx';
import { translate } from '../../../i18n/start-i18n.ts';
import { defineApiForm, fieldsOf, type FieldErrors } from '../../../lib/api-form.ts';
import { todayAsCalendarDate } from '../../../lib/format-date.ts';

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
  /** The day consent was given (YYYY-MM-DD, day/month/year boxes), in the browser's time zone. */
  consentAt: string;
  reference: string;
  notes: string;
  caringNote: string;
  /** Emails, printed slips and reminders: en, cy, pl, ur or ar. */
  language: string;
  /** The card prints in English (en), Welsh (cy) or both (bilingual). */
  cardLanguage: string;
};

export function emptyHolderFormValues(now: Date = new Date()): HolderFormValues {
  return {
    givenName: '',
    familyName: '',
    preferredName: '',
    dateOfBirth: '',
    contactEmail: '',
    contactPhone: '',
    // Never preselected: a record is saved only once someone has chosen who consented and how.
    consentBy: '',
    consentMethod: '',
    consentAt: todayAsCalendarDate(now),
    reference: '',
    notes: '',
    caringNote: '',
    language: 'en',
    cardLanguage: 'en',
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
    consentAt: dayOf(holder.consentAt),
    reference: holder.reference ?? '',
    notes: holder.notes ?? '',
    caringNote: holder.caringNote ?? '',
    language: holder.language,
    cardLanguage: holder.cardLanguage,
  };
}

const orNull = (value: string) => value || null;

function dayOf(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : todayAsCalendarDate(date);
}

/**
 * The day consent was given as the instant the API keeps: now when it is
 * today, else midday of that day (staff record the day, as on paper; an
 * unchanged day is not sent, so an edit keeps the stored time). Left as
 * typed when it is no date at all, so the schema refuses it.
 */
function toInstant(day: string, now: Date = new Date()): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  if (day === todayAsCalendarDate(now)) return now.toISOString();
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const instant = new Date(year, month - 1, date, 12);
  return instant.getDate() === date ? instant.toISOString() : day;
}

/* The form keeps plain strings; the radio options only offer the API's values, and the schema checks them. */
type ConsentBy = CreateHolderBody['consentBy'];
type ConsentMethod = CreateHolderBody['consentMethod'];
type Language = NonNullable<CreateHolderBody['language']>;
type CardLanguage = NonNullable<CreateHolderBody['cardLanguage']>;

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
    consentAt: toInstant(values.consentAt),
    reference: orNull(values.reference),
    notes: orNull(values.notes),
    caringNote: orNull(values.caringNote),
    language: values.language as Language,
    cardLanguage: values.cardLanguage as CardLanguage,
  };
}

/** Only what changed; an emptied optional field is sent as null, which clears it. */
export function toHolderChanges(before: HolderFormValues, after: HolderFormValues): UpdateHolderBody {
  const body = toCreateHolderBody(after);
  const changes: UpdateHolderBody = {};
  for (const field of fieldsOf(after)) {
    if (before[field] !== after[field]) Object.assign(changes, { [field]: body[field] });
  }
  return changes;
}

/** Checked against CreateHolderBody, the API's own rules; the messages (catalogue keys) and the two rules about today are the form's. */
export function holderForm(now: () => Date = () => new Date()) {
  return defineApiForm({
    schema: CreateHolderBody,
    toBody: toCreateHolderBody,
    messages: {
      givenName: { required: 'holders.form.errors.givenNameRequired' },
      familyName: { required: 'holders.form.errors.familyNameRequired' },
      // Which part is missing says more than "not a date".
      dateOfBirth: {
        required: 'holders.form.errors.dateOfBirthRequired',
        invalid: (_rules, value) => dateFieldProblem(translate('holders.form.dateOfBirth'), value) ?? translate('holders.form.errors.dateOfBirthNotReal'),
      },
      contactEmail: { invalid: 'errors.field.contactEmail' },
      contactPhone: { invalid: 'holders.form.errors.contactPhone' },
      consentBy: { required: 'errors.field.consentBy', invalid: 'errors.field.consentBy' },
      consentMethod: { required: 'errors.field.consentMethod', invalid: 'errors.field.consentMethod' },
      // An unreal day stays as typed (toInstant), so the schema refuses it and this says which part is wrong.
      consentAt: {
        required: 'holders.form.errors.consentAtRequired',
        invalid: (_rules, value) => dateFieldProblem(translate('holders.form.consentAt'), String(value ?? '')) ?? translate('holders.form.errors.consentAtRequired'),
      },
      language: { invalid: 'holders.form.errors.language' },
      cardLanguage: { invalid: 'holders.form.errors.cardLanguage' },
    },
    check: (body, found) => {
      const errors: FieldErrors<HolderFormValues> = {};
      const today = now();
      // The schema's date format takes 2013-02-30; the calendar does not.
      const notReal = found.dateOfBirth ? null : dateFieldProblem(translate('holders.form.dateOfBirth'), body.dateOfBirth);
      if (notReal) errors.dateOfBirth = notReal;
      else if (!found.dateOfBirth && body.dateOfBirth >= todayAsCalendarDate(today)) errors.dateOfBirth = 'holders.form.errors.dateOfBirthFuture';
      if (!found.consentAt && new Date(body.consentAt).getTime() > today.getTime() + 60_000) errors.consentAt = 'holders.form.errors.consentAtFuture';
      return errors;
    },
  });
}
