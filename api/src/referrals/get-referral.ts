import type { AppDeps } from '../deps.ts';
import { findReferral, loadReferralDetail } from './referral-view.ts';
import type { ReferralDetail } from './schemas.ts';

/** One referral for the review page, with the records it may duplicate. */
export async function getReferral(deps: Pick<AppDeps, 'db'>, options: { referralId: string }): Promise<ReferralDetail> {
  return loadReferralDetail(deps, await findReferral(deps.db, options.referralId));
}
