import type { DuplicateReason, ReferralDetail, ReferralStatus, ReferrerRole } from '../../../../../api/src/referrals/schemas.ts';

export const referralStatusLabel: Record<ReferralStatus, string> = {
  new: 'New',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
};

export const referrerRoleLabel: Record<ReferrerRole, string> = {
  young_carer: 'The young carer',
  parent: 'A parent or carer',
  professional: 'A professional',
};

export const duplicateReasonLabel: Record<DuplicateReason, string> = {
  name_and_date_of_birth: 'same date of birth, similar name',
  contact: 'same email or phone',
};

export function isReferralStatus(value: string): value is ReferralStatus {
  return Object.hasOwn(referralStatusLabel, value);
}

/** Consent as the referral form asked it. */
export const consentByLabel: Record<ReferralDetail['consentBy'], string> = {
  young_carer: 'The young carer',
  parent: 'Their parent or carer',
  guardian: 'Their guardian',
  professional: 'A professional, as the family could not be asked',
};

export const consentMethodLabel: Record<ReferralDetail['consentMethod'], string> = {
  online: 'On the form (they were there, or filled it in)',
  verbal: 'Spoken (in person or on the phone)',
  written: 'In writing',
};
