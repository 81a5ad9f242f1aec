import { Type } from 'typebox';
import { CreateBenefitBody, type BenefitView, type UpdateBenefitBody } from '../../../../../api/src/partners/schemas.ts';
import { AGE_BAND_ENDS, AGE_BAND_STARTS } from '../../../../../api/src/shared/age-bands.ts';
import { translate as t } from '../../../i18n/start-i18n.ts';
import { defineApiForm, fieldsOf, type FieldErrors } from '../../../lib/api-form.ts';

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

const ageOrNull = (value: string) => (value ? Number(value) : null);
const dateOrNull = (value: string) => value || null;

/** The benefit's own fields, as the form fills them in (the partner comes from the page it is on). */
function benefitBody(values: BenefitFormValues): Omit<CreateBenefitBody, 'partnerId'> {
  return {
    title: values.title,
    description: values.description,
    conditions: values.conditions,
    // Any number the box holds: the schema (and so the form's check) takes only a band's edges.
    minAge: ageOrNull(values.minAge) as CreateBenefitBody['minAge'],
    maxAge: ageOrNull(values.maxAge) as CreateBenefitBody['maxAge'],
    validFrom: dateOrNull(values.validFrom),
    validTo: dateOrNull(values.validTo),
    active: values.active,
    partnerNote: values.partnerNote,
  };
}

export function toCreateBenefitBody(partnerId: string, values: BenefitFormValues): CreateBenefitBody {
  return { partnerId, ...benefitBody(values) };
}

/** Only what changed; an emptied age or date is sent as null, which removes that limit. */
export function toBenefitChanges(before: BenefitFormValues, after: BenefitFormValues): UpdateBenefitBody {
  const body = benefitBody(after);
  const changes: UpdateBenefitBody = {};
  for (const field of fieldsOf(after)) {
    if (before[field] !== after[field]) Object.assign(changes, { [field]: body[field] });
  }
  return changes;
}

/** A real calendar day: 2027-02-30 is refused, as the API refuses it. */
function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Checked against CreateBenefitBody (less the partner, which the form does not
 * hold), the API's own rules. The messages are the form's, and so are the rules
 * the schema cannot state, which the API checks in code: real days, and each
 * range the right way round. Messages are read when the form is checked, in the page's language.
 */
export const benefitForm = defineApiForm({
  schema: Type.Omit(CreateBenefitBody, ['partnerId']),
  toBody: benefitBody,
  messages: {
    title: { required: () => t('partners.benefitForm.errors.title') },
    minAge: { invalid: () => t('partners.benefitForm.errors.minAge', { ages: AGE_BAND_STARTS.join(', ') }) },
    maxAge: { invalid: () => t('partners.benefitForm.errors.maxAge', { ages: AGE_BAND_ENDS.join(', ') }) },
    validFrom: { invalid: () => t('partners.benefitForm.errors.validFrom') },
    validTo: { invalid: () => t('partners.benefitForm.errors.validTo') },
  },
  check: (body, found) => {
    const errors: FieldErrors<BenefitFormValues> = {};
    if (!found.validFrom && body.validFrom && !isRealDate(body.validFrom)) errors.validFrom = t('partners.benefitForm.errors.validFrom');
    if (!found.validTo && body.validTo && !isRealDate(body.validTo)) errors.validTo = t('partners.benefitForm.errors.validTo');
    const { minAge, maxAge, validFrom, validTo } = body;
    if (!found.minAge && !found.maxAge && typeof minAge === 'number' && typeof maxAge === 'number' && minAge > maxAge) {
      errors.maxAge = t('partners.benefitForm.errors.maxBelowMin');
    }
    if (!found.validFrom && !found.validTo && !errors.validFrom && !errors.validTo && validFrom && validTo && validFrom > validTo) {
      errors.validTo = t('partners.benefitForm.errors.validToBeforeFrom');
    }
    return errors;
  },
});
