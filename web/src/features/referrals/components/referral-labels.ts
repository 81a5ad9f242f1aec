import type { ReferralStatus } from '../../../../../api/src/referrals/schemas.ts';

/**
 * The statuses in the order the filter lists them. Their words are
 * `referrals.status.<status>`; the referrer's role is `referrals.role.<role>`,
 * a duplicate's reason `referrals.duplicateReason.<reason>`, consent
 * `referrals.consentBy.<who>` and `referrals.consentMethod.<how>`.
 */
export const REFERRAL_STATUSES: readonly ReferralStatus[] = ['new', 'accepted', 'declined', 'withdrawn'];

export function isReferralStatus(value: string): value is ReferralStatus {
  return (REFERRAL_STATUSES as readonly string[]).includes(value);
}
