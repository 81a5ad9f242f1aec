import { AppError } from '../errors.ts';
import { cleanName } from '../shared/clean-text.ts';
import type { UpdatePartnerBody } from './schemas.ts';

/** Partner names are unique (the database says so); adding or renaming onto a taken one is refused with this. */
export const partnerNameTaken = () => new AppError('PARTNER_NAME_TAKEN', 'Another partner already has this name.', { field: 'name' });

/** One-line text fields cleaned like names (no control or bidi characters); the name must stay non-empty. */
export function cleanPartnerFields<T extends UpdatePartnerBody>(body: T): T {
  const out = { ...body };
  for (const key of ['name', 'area', 'address', 'website', 'contactName', 'contactEmail', 'contactPhone'] as const) {
    if (typeof out[key] === 'string') out[key] = cleanName(out[key]);
  }
  if (out.name === '') throw new AppError('VALIDATION_FAILED', 'name is empty once invisible characters are removed.', { field: 'name' });
  if (typeof out.contactEmail === 'string') out.contactEmail = out.contactEmail.toLowerCase();
  return out;
}
