import type { AppDeps } from '../deps.ts';
import { loadLastReminderRun, loadReminderSettings } from './reminder-settings-store.ts';
import type { ReminderSettingsResponse } from './schemas.ts';

/** Automatic renewal reminders: on or off, how long before expiry, the last run, and whether email is set up. */
export async function getReminderSettings(deps: Pick<AppDeps, 'db' | 'config'>): Promise<ReminderSettingsResponse> {
  const settings = await loadReminderSettings(deps);
  const lastRun = await loadLastReminderRun(deps);
  return { settings, lastRun, emailEnabled: deps.config.mail.smtpUrl !== null };
}
