import type { AppDeps } from '../deps.ts';
import { referralsToday } from './referral-day-count.ts';
import { loadReferralSettings } from './referral-settings.ts';
import type { ReferralSettingsResponse } from './schemas.ts';

export async function getReferralSettings(deps: Pick<AppDeps, 'db' | 'clock' | 'config'>): Promise<ReferralSettingsResponse> {
  return {
    settings: await loadReferralSettings(deps),
    dailyCap: deps.config.referrals.dailyCap,
    receivedToday: await referralsToday(deps.db, deps.clock()),
  };
}
