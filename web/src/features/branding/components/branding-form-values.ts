import type { Branding, UpdateBrandingBody } from '../../../../../api/src/branding/schemas.ts';

/** The text settings, as the form holds them. */
export type BrandingFormValues = Required<UpdateBrandingBody>;
export type BrandingFormField = keyof BrandingFormValues;
export type BrandingFormErrors = Partial<Record<BrandingFormField, string>>;

export const BRANDING_FORM_FIELDS: BrandingFormField[] = [
  'organisationName',
  'helpline',
  'returnAddress',
  'primaryColour',
  'youngCarerWording',
  'benefitsLine',
];

/** The API's limits (api/src/branding/schemas.ts), so the form can say so before sending. */
export const LIMITS: Record<BrandingFormField, { min: number; max: number }> = {
  organisationName: { min: 1, max: 100 },
  helpline: { min: 0, max: 40 },
  returnAddress: { min: 0, max: 120 },
  primaryColour: { min: 7, max: 7 },
  youngCarerWording: { min: 1, max: 40 },
  benefitsLine: { min: 0, max: 80 },
};

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

export function fromBranding(branding: Branding): BrandingFormValues {
  return {
    organisationName: branding.organisationName,
    helpline: branding.helpline,
    returnAddress: branding.returnAddress,
    primaryColour: branding.primaryColour.toLowerCase(),
    youngCarerWording: branding.youngCarerWording,
    benefitsLine: branding.benefitsLine,
  };
}

const required: Partial<Record<BrandingFormField, string>> = {
  organisationName: 'Enter your organisation’s name.',
  youngCarerWording: 'Enter what the card calls its holder, for example Young Carer.',
};

function fieldError(field: BrandingFormField, raw: string): string | undefined {
  const value = raw.trim();
  if (field === 'primaryColour') return HEX_COLOUR.test(value) ? undefined : 'Enter a colour as # and six hex digits, for example #1d4f91.';
  if (value.length < LIMITS[field].min) return required[field];
  if (value.length > LIMITS[field].max) return `Use at most ${LIMITS[field].max} characters.`;
  return undefined;
}

export function validateBrandingForm(values: BrandingFormValues): BrandingFormErrors {
  const errors: BrandingFormErrors = {};
  for (const field of BRANDING_FORM_FIELDS) {
    const error = fieldError(field, values[field]);
    if (error) errors[field] = error;
  }
  return errors;
}

/** What PUT /api/settings/branding is sent. */
export function toBrandingBody(values: BrandingFormValues): UpdateBrandingBody {
  const body: UpdateBrandingBody = {};
  for (const field of BRANDING_FORM_FIELDS) body[field] = values[field].trim();
  body.primaryColour = body.primaryColour?.toLowerCase();
  return body;
}

/** The values the preview can show: any not valid yet is left out, so the saved one is drawn instead. */
export function toPreviewDraft(values: BrandingFormValues): UpdateBrandingBody {
  const body = toBrandingBody(values);
  for (const field of BRANDING_FORM_FIELDS) if (fieldError(field, values[field])) delete body[field];
  return body;
}

export function sameValues(a: BrandingFormValues, b: BrandingFormValues): boolean {
  return BRANDING_FORM_FIELDS.every((field) => a[field].trim() === b[field].trim());
}
