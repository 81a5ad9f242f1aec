import { CreatePartnerBody, type PartnerCategory, type PartnerView, type UpdatePartnerBody } from '../../../../../api/src/partners/schemas.ts';
import { translate as t } from '../../../i18n/start-i18n.ts';
import { defineApiForm, fieldsOf } from '../../../lib/api-form.ts';

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

/**
 * A website typed without its scheme (`www.pool.org.uk`, as people write it
 * on a leaflet) is completed with https://, not refused.
 */
export function completeWebsite(text: string): string {
  if (text === '' || /^https?:\/\//i.test(text)) return text;
  return `https://${text.replace(/^\/+/, '')}`;
}

/* The select only offers the API's categories, and the schema checks it. */
export function toCreatePartnerBody(values: PartnerFormValues): CreatePartnerBody {
  return { ...values, website: completeWebsite(values.website), category: values.category as PartnerCategory };
}

/** Only what changed; an emptied field is sent as "", which clears it. */
export function toPartnerChanges(before: PartnerFormValues, after: PartnerFormValues): UpdatePartnerBody {
  const body = toCreatePartnerBody(after);
  const changes: UpdatePartnerBody = {};
  for (const field of fieldsOf(after)) {
    if (before[field] !== after[field]) Object.assign(changes, { [field]: body[field] });
  }
  return changes;
}

/** Checked against CreatePartnerBody, the API's own rules; the messages are the form's, in the page's language when the form is checked. */
export const partnerForm = defineApiForm({
  schema: CreatePartnerBody,
  toBody: toCreatePartnerBody,
  messages: {
    name: { required: () => t('partners.form.errors.nameRequired') },
    category: { required: () => t('partners.form.errors.category'), invalid: () => t('partners.form.errors.category') },
    website: { pattern: () => t('partners.form.errors.website') },
    contactEmail: { pattern: () => t('partners.form.errors.contactEmail') },
  },
});
