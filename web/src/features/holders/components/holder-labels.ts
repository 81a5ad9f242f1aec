/**
 * Consent, as staff record it. Keyed by the API's codes (CreateHolderBody's
 * consentBy and consentMethod); a code missing here is shown as it is.
 */
export const consentByLabel: Record<string, string> = {
  young_carer: 'The young carer',
  parent: 'A parent',
  guardian: 'A guardian',
  professional: 'A professional, such as a social worker',
};

export const consentMethodLabel: Record<string, string> = {
  written: 'In writing',
  verbal: 'Verbally',
  online: 'Online',
};
