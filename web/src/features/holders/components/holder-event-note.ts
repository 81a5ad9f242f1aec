import type { AuditEventView } from '../../../../../api/src/audit/schemas.ts';

/** The record's fields as staff know them (the API lists changed fields by name, never their values). */
const fieldLabels: Record<string, string> = {
  givenName: 'given name',
  familyName: 'family name',
  preferredName: 'preferred name',
  dateOfBirth: 'date of birth',
  contactEmail: 'contact email',
  contactPhone: 'contact phone',
  consentBy: 'consent given by',
  consentMethod: 'how consent was given',
  consentAt: 'when consent was given',
  reference: 'reference',
  notes: 'staff notes',
  caringNote: 'caring situation',
};

/** For a young carer's history: what a change to the record touched ("Changed: contact phone, reference"). */
export function holderEventNote(event: AuditEventView): string | undefined {
  if (event.entityType !== 'holder') return undefined;
  if (event.action === 'holder.update' && Array.isArray(event.details.changed)) {
    const names = event.details.changed.filter((name): name is string => typeof name === 'string');
    return names.length > 0 ? `Changed: ${names.map((name) => fieldLabels[name] ?? name).join(', ')}` : undefined;
  }
  if (event.action === 'holder.photo_set' && event.details.replaced === true) return 'Replaced the previous photo';
  return undefined;
}
