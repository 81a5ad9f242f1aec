import type { AuditEventView } from '../../../../../api/src/audit/schemas.ts';
import { translate as t } from '../../../i18n/start-i18n.ts';

/** The record's fields as staff know them (the API lists changed fields by name, never their values): each is named by `holders.eventNote.fields.<name>`. */
const FIELDS = ['givenName', 'familyName', 'preferredName', 'dateOfBirth', 'contactEmail', 'contactPhone', 'consentBy', 'consentMethod', 'consentAt', 'reference', 'notes', 'caringNote'];
const fieldLabel = (name: string): string => (FIELDS.includes(name) ? t(`holders.eventNote.fields.${name}`) : name);

/** For a young carer's history: what a change to the record touched ("Changed: contact phone, reference"). */
export function holderEventNote(event: AuditEventView): string | undefined {
  if (event.entityType !== 'holder') return undefined;
  if (event.action === 'holder.update' && Array.isArray(event.details.changed)) {
    const names = event.details.changed.filter((name): name is string => typeof name === 'string');
    return names.length > 0 ? t('holders.eventNote.changed', { fields: names.map(fieldLabel).join(', ') }) : undefined;
  }
  if (event.action === 'holder.photo_set' && event.details.replaced === true) return t('holders.eventNote.photoReplaced');
  return undefined;
}
