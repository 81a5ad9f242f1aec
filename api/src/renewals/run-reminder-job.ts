import type { AppDeps } from '../deps.ts';
import { loadReminderSettings, saveLastReminderRun } from './reminder-settings-store.ts';
import type { SendRemindersResult } from './schemas.ts';
import { sendRenewalReminders } from './send-renewal-reminders.ts';

/**
 * The scheduled job: when automatic reminders are on, reminds every card
 * reaching its window. It keeps no state of its own (the reminder rows are
 * the state), so a restart, a second process or a missed hour changes
 * nothing: the next run catches up and never sends twice. Null when off.
 */
export async function runReminderJob(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding' | 'auditSigner'> & { jobs: Pick<AppDeps['jobs'], 'outbox'> },
): Promise<SendRemindersResult | null> {
  const settings = await loadReminderSettings(deps);
  if (!settings.automatic) return null;
  const result = await sendRenewalReminders(deps, { context: { actor: null, ip: null }, withinDays: settings.daysBefore, trigger: 'scheduled' });
  await saveLastReminderRun(deps, { at: deps.clock().toISOString(), result });
  return result;
}
