import { UpdateBrandingBody, type Branding } from '../../../../../api/src/branding/schemas.ts';
import { translate } from '../../../i18n/start-i18n.ts';
import { defineApiForm, fieldsOf, validateForm } from '../../../lib/api-form.ts';

/** The text settings, as the form holds them. */
export type BrandingFormValues = Required<UpdateBrandingBody>;

export function fromBranding(branding: Branding): BrandingFormValues {
  return {
    organisationName: branding.organisationName,
    helpline: branding.helpline,
    returnAddress: branding.returnAddress,
    primaryColour: branding.primaryColour.toLowerCase(),
    youngCarerWording: branding.youngCarerWording,
    benefitsLine: branding.benefitsLine,
    organisationNameCy: branding.organisationNameCy,
    returnAddressCy: branding.returnAddressCy,
    youngCarerWordingCy: branding.youngCarerWordingCy,
    benefitsLineCy: branding.benefitsLineCy,
    bilingualLayout: branding.bilingualLayout,
  };
}

/** What PUT /api/settings/branding is sent. */
export function toBrandingBody(values: BrandingFormValues): UpdateBrandingBody {
  const body: UpdateBrandingBody = {};
  for (const field of fieldsOf(values)) if (field !== 'bilingualLayout') body[field] = values[field].trim();
  body.bilingualLayout = values.bilingualLayout;
  body.primaryColour = body.primaryColour?.toLowerCase();
  return body;
}

/** Checked against UpdateBrandingBody, the API's own rules; the messages are the form's. */
export const brandingForm = defineApiForm({
  schema: UpdateBrandingBody,
  toBody: toBrandingBody,
  // Functions, so each message is in the page's language when it is shown.
  messages: {
    organisationName: { required: () => translate('branding.form.organisationNameRequired') },
    youngCarerWording: { required: () => translate('branding.form.youngCarerWordingRequired') },
    youngCarerWordingCy: { required: () => translate('branding.form.youngCarerWordingCyRequired') },
    primaryColour: { invalid: () => translate('branding.form.primaryColourInvalid') },
  },
});

/** The values the preview can show: any not valid yet is left out, so the saved one is drawn instead. */
export function toPreviewDraft(values: BrandingFormValues): UpdateBrandingBody {
  const body = toBrandingBody(values);
  for (const field of Object.keys(validateForm(brandingForm, values)) as (keyof BrandingFormValues)[]) delete body[field];
  return body;
}

export function sameValues(a: BrandingFormValues, b: BrandingFormValues): boolean {
  return fieldsOf(a).every((field) => a[field].trim() === b[field].trim());
}
