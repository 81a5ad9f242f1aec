import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { getReminderSettings } from './get-reminder-settings.ts';
import { loadReminderSettings, REMINDER_SETTINGS_KEY, saveReminderSettings } from './reminder-settings-store.ts';
import type { ReminderSettingsResponse, UpdateReminderSettingsBody } from './schemas.ts';

/**
 * Turns automatic renewal reminders on or off (admin). Turned on, the cards
 * already in the window are reminded now, not at the next interval: the
 * answer waits for that run and shows it as the last run.
 */
export async function updateReminderSettings(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner'> & { jobs: Pick<AppDeps['jobs'], 'renewalReminders'> },
  options: { context: AuditContext; changes: UpdateReminderSettingsBody },
): Promise<ReminderSettingsResponse> {
  const { context, changes } = options;
  const settings = { ...(await loadReminderSettings(deps)), ...changes };
  await inTransaction(deps.db, async (tx) => {
    await saveReminderSettings({ db: tx }, settings);
    await appendAuditEvent(tx, deps, context, { action: 'settings.reminders', entityType: 'settings', entityId: REMINDER_SETTINGS_KEY, details: changes });
  });
  if (settings.automatic) await deps.jobs.renewalReminders.runNow();
  return getReminderSettings(deps);
}
