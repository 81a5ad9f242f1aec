import type { BenefitView, CreateBenefitBody, UpdateBenefitBody } from '../../../../../api/src/partners/schemas.ts';

/** What the benefit form holds: each field as the text in its input, and the active tick. */
export type BenefitFormValues = {
  title: string;
  description: string;
  conditions: string;
  minAge: string;
  maxAge: string;
  validFrom: string;
  validTo: string;
  active: boolean;
  partnerNote: string;
};

export type BenefitFormField = keyof BenefitFormValues;
export type BenefitFormErrors = Partial<Record<BenefitFormField, string>>;

export const BENEFIT_FORM_FIELDS: BenefitFormField[] = [
  'title',
  'description',
  'conditions',
  'minAge',
  'maxAge',
  'validFrom',
  'validTo',
  'active',
  'partnerNote',
];

/** The API's limits (CreateBenefitBody in api/src/partners/schemas.ts). */
export const LIMITS = { title: 100, description: 500, conditions: 300, partnerNote: 300 } as const;
export const AGE_MIN = 0;
export const AGE_MAX = 30;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyBenefitFormValues(): BenefitFormValues {
  return { title: '', description: '', conditions: '', minAge: '', maxAge: '', validFrom: '', validTo: '', active: true, partnerNote: '' };
}

export function benefitFormValuesOf(benefit: BenefitView): BenefitFormValues {
  return {
    title: benefit.title,
    description: benefit.description,
    conditions: benefit.conditions,
    minAge: benefit.minAge === null ? '' : String(benefit.minAge),
    maxAge: benefit.maxAge === null ? '' : String(benefit.maxAge),
    validFrom: benefit.validFrom ?? '',
    validTo: benefit.validTo ?? '',
    active: benefit.active,
    partnerNote: benefit.partnerNote,
  };
}

export function readBenefitForm(form: HTMLFormElement): BenefitFormValues {
  const data = new FormData(form);
  const text = (name: BenefitFormField) => String(data.get(name) ?? '').trim();
  return {
    title: text('title'),
    description: text('description'),
    conditions: text('conditions'),
    minAge: text('minAge'),
    maxAge: text('maxAge'),
    validFrom: text('validFrom'),
    validTo: text('validTo'),
    active: data.get('active') !== null,
    partnerNote: text('partnerNote'),
  };
}

function ageError(value: string): string | undefined {
  if (!value) return undefined;
  const age = Number(value);
  if (!Number.isInteger(age) || age < AGE_MIN || age > AGE_MAX) return `Enter a whole number of years from ${AGE_MIN} to ${AGE_MAX}, or leave it empty.`;
  return undefined;
}

/** A real calendar day: 2027-02-30 is refused, as the API refuses it. */
function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function validateBenefitForm(values: BenefitFormValues): BenefitFormErrors {
  const errors: BenefitFormErrors = {};
  if (!values.title) errors.title = 'Enter what the benefit is, for example “10% off”.';
  for (const field of ['title', 'description', 'conditions', 'partnerNote'] as const) {
    if (!errors[field] && values[field].length > LIMITS[field]) errors[field] = `Use ${LIMITS[field]} characters or fewer.`;
  }
  const minError = ageError(values.minAge);
  const maxError = ageError(values.maxAge);
  if (minError) errors.minAge = minError;
  if (maxError) errors.maxAge = maxError;
  if (!minError && !maxError && values.minAge && values.maxAge && Number(values.minAge) > Number(values.maxAge)) {
    errors.maxAge = 'The oldest age must be the same as the youngest age or more.';
  }
  if (values.validFrom && !isRealDate(values.validFrom)) errors.validFrom = 'Enter a real date, such as 01/09/2027, or leave it empty.';
  if (values.validTo && !isRealDate(values.validTo)) errors.validTo = 'Enter a real date, such as 31/08/2028, or leave it empty.';
  if (!errors.validFrom && !errors.validTo && values.validFrom && values.validTo && values.validFrom > values.validTo) {
    errors.validTo = 'The last day must be on or after the first day.';
  }
  return errors;
}

const ageOrNull = (value: string) => (value ? Number(value) : null);
const dateOrNull = (value: string) => value || null;

export function toCreateBenefitBody(partnerId: string, values: BenefitFormValues): CreateBenefitBody {
  return {
    partnerId,
    title: values.title,
    description: values.description,
    conditions: values.conditions,
    minAge: ageOrNull(values.minAge),
    maxAge: ageOrNull(values.maxAge),
    validFrom: dateOrNull(values.validFrom),
    validTo: dateOrNull(values.validTo),
    active: values.active,
    partnerNote: values.partnerNote,
  };
}

/** Only what changed; an emptied age or date is sent as null, which removes that limit. */
export function toBenefitChanges(before: BenefitFormValues, after: BenefitFormValues): UpdateBenefitBody {
  const { partnerId: _partnerId, ...body } = toCreateBenefitBody('', after);
  const changes: UpdateBenefitBody = {};
  for (const field of BENEFIT_FORM_FIELDS) {
    if (before[field] !== after[field]) Object.assign(changes, { [field]: body[field] });
  }
  return changes;
}
