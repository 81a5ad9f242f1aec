import { readSetting, writeSetting } from '../db/setting-row.ts';
import type { Tx } from '../db/transaction.ts';
import type { ReferralSettings } from './schemas.ts';

/** Where the setting is kept (a Setting row), and the audit entity id of a change. */
export const REFERRAL_SETTINGS_KEY = 'referrals';
export const DEFAULT_REFERRAL_SETTINGS: ReferralSettings = { keepDecidedDays: 90 };

export async function loadReferralSettings(deps: { db: Tx }): Promise<ReferralSettings> {
  return { ...DEFAULT_REFERRAL_SETTINGS, ...(await readSetting<Partial<ReferralSettings>>(deps, REFERRAL_SETTINGS_KEY)) };
}

/** `db` may be a transaction, so the setting commits with its audit event. */
export async function saveReferralSettings(deps: { db: Tx }, settings: ReferralSettings): Promise<void> {
  await writeSetting(deps, REFERRAL_SETTINGS_KEY, settings);
}
