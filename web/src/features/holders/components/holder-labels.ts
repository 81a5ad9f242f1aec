import type { CreateHolderBody } from '../../../../../api/src/holders/schemas.ts';

/**
 * Consent, as staff record it. Keyed by the API's codes (CreateHolderBody's
 * consentBy and consentMethod), so a code added there must get a label here.
 * A holder's record types them as plain strings: one not here is shown as it is.
 */
export const consentByLabel: Record<CreateHolderBody['consentBy'], string> = {
  young_carer: 'The young carer',
  parent: 'A parent',
  guardian: 'A guardian',
  professional: 'A professional, such as a social worker',
};

export const consentMethodLabel: Record<CreateHolderBody['consentMethod'], string> = {
  written: 'In writing',
  verbal: 'Verbally',
  online: 'Online',
};

/** The label for a code the record holds as a plain string, or the code itself. */
export function labelOf<Code extends string>(labels: Record<Code, string>, code: string): string {
  return Object.hasOwn(labels, code) ? labels[code as Code] : code;
}
