import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { getReferralSettings } from './get-referral-settings.ts';
import { loadReferralSettings, REFERRAL_SETTINGS_KEY, saveReferralSettings } from './referral-settings.ts';
import type { ReferralSettings, ReferralSettingsResponse } from './schemas.ts';

/** Admin: how long decided referrals are kept. Audited with the old and new value. */
export async function updateReferralSettings(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner' | 'config'>,
  options: { context: AuditContext; settings: ReferralSettings },
): Promise<ReferralSettingsResponse> {
  const { context, settings } = options;
  await inTransaction(deps.db, async (tx) => {
    const before = await loadReferralSettings({ db: tx });
    await saveReferralSettings({ db: tx }, settings);
    await appendAuditEvent(tx, deps, context, {
      action: 'settings.referrals',
      entityType: 'settings',
      entityId: REFERRAL_SETTINGS_KEY,
      details: { from: before.keepDecidedDays, to: settings.keepDecidedDays },
    });
  });
  return getReferralSettings(deps);
}
