import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { getRetentionSettings } from './get-retention-settings.ts';
import { loadRetentionSettings, RETENTION_SETTINGS_KEY, saveRetentionSettings } from './retention-settings-store.ts';
import type { RetentionSettingsResponse, UpdateRetentionSettingsBody } from './schemas.ts';

/** Changes how long records are kept (admin). The next run of the erasure job applies it. */
export async function updateRetentionSettings(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; changes: UpdateRetentionSettingsBody },
): Promise<RetentionSettingsResponse> {
  const { context, changes } = options;
  const before = await loadRetentionSettings(deps);
  const settings = { ...before, ...changes };
  await inTransaction(deps.db, async (tx) => {
    await saveRetentionSettings({ db: tx }, settings);
    await appendAuditEvent(tx, deps, context, { action: 'settings.retention', entityType: 'settings', entityId: RETENTION_SETTINGS_KEY, details: { from: before.months, to: settings.months } });
  });
  return getRetentionSettings(deps);
}
