import type { CreatePartnerBody, PartnerCategory, PartnerView, UpdatePartnerBody } from '../../../../../api/src/partners/schemas.ts';
import { isPartnerCategory } from './partner-labels.ts';

/** What the add and edit forms hold: every field as the text in its input. */
export type PartnerFormValues = {
  name: string;
  category: string;
  area: string;
  address: string;
  website: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
};

export type PartnerFormField = keyof PartnerFormValues;
export type PartnerFormErrors = Partial<Record<PartnerFormField, string>>;

export const PARTNER_FORM_FIELDS: PartnerFormField[] = [
  'name',
  'category',
  'area',
  'address',
  'website',
  'contactName',
  'contactEmail',
  'contactPhone',
];

/** The API's limits (PartnerFields in api/src/partners/schemas.ts); checking here first saves a round trip. */
export const LIMITS: Record<Exclude<PartnerFormField, 'category'>, number> = {
  name: 100,
  area: 80,
  address: 200,
  website: 200,
  contactName: 100,
  contactEmail: 200,
  contactPhone: 40,
};

/** The same patterns the API checks. */
const WEBSITE = /^https?:\/\/\S+$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

export function emptyPartnerFormValues(): PartnerFormValues {
  return { name: '', category: '', area: '', address: '', website: '', contactName: '', contactEmail: '', contactPhone: '' };
}

export function partnerFormValuesOf(partner: PartnerView): PartnerFormValues {
  return {
    name: partner.name,
    category: partner.category,
    area: partner.area,
    address: partner.address,
    website: partner.website,
    contactName: partner.contactName,
    contactEmail: partner.contactEmail,
    contactPhone: partner.contactPhone,
  };
}

export function readPartnerForm(form: HTMLFormElement): PartnerFormValues {
  const data = new FormData(form);
  const text = (name: PartnerFormField) => String(data.get(name) ?? '').trim();
  return {
    name: text('name'),
    category: text('category'),
    area: text('area'),
    address: text('address'),
    website: text('website'),
    contactName: text('contactName'),
    contactEmail: text('contactEmail'),
    contactPhone: text('contactPhone'),
  };
}

export function validatePartnerForm(values: PartnerFormValues): PartnerFormErrors {
  const errors: PartnerFormErrors = {};
  if (!values.name) errors.name = 'Enter the partner’s name.';
  if (!isPartnerCategory(values.category)) errors.category = 'Choose a category.';
  if (values.website && !WEBSITE.test(values.website)) {
    errors.website = 'Enter the full address, starting with https://, for example https://www.example.org, or leave it empty.';
  }
  if (values.contactEmail && !EMAIL.test(values.contactEmail)) {
    errors.contactEmail = 'Enter an email address like name@example.org, or leave it empty.';
  }
  for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    if (!errors[field] && values[field].length > max) errors[field] = `Use ${max} characters or fewer.`;
  }
  return errors;
}

/* The select only offers the API's categories; validatePartnerForm has checked it. */
export function toCreatePartnerBody(values: PartnerFormValues): CreatePartnerBody {
  return { ...values, category: values.category as PartnerCategory };
}

/** Only what changed; an emptied field is sent as "", which clears it. */
export function toPartnerChanges(before: PartnerFormValues, after: PartnerFormValues): UpdatePartnerBody {
  const body = toCreatePartnerBody(after);
  const changes: UpdatePartnerBody = {};
  for (const field of PARTNER_FORM_FIELDS) {
    if (before[field] !== after[field]) Object.assign(changes, { [field]: body[field] });
  }
  return changes;
}
