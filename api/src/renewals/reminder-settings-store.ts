import { readSetting, writeSetting } from '../db/setting-row.ts';
import type { Tx } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import type { ReminderSettings, ReminderSettingsResponse } from './schemas.ts';

/** Where the settings are kept (a Setting row each), and the audit entity id of a change. */
export const REMINDER_SETTINGS_KEY = 'renewal_reminders';
const LAST_RUN_KEY = 'renewal_reminders_last_run';
export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { automatic: false, daysBefore: 30 };

export type ReminderRun = NonNullable<ReminderSettingsResponse['lastRun']>;

/** The saved settings over the defaults. */
export async function loadReminderSettings(deps: Pick<AppDeps, 'db'>): Promise<ReminderSettings> {
  return { ...DEFAULT_REMINDER_SETTINGS, ...(await readSetting<Partial<ReminderSettings>>(deps, REMINDER_SETTINGS_KEY)) };
}

/** `db` may be a transaction, so the settings commit with its other writes. */
export async function saveReminderSettings(deps: { db: Tx }, settings: ReminderSettings): Promise<void> {
  await writeSetting(deps, REMINDER_SETTINGS_KEY, settings);
}

/** What the last scheduled run did, or null before the first. */
export async function loadLastReminderRun(deps: Pick<AppDeps, 'db'>): Promise<ReminderRun | null> {
  // Runs saved before the no-contact and ageing-out counts existed counted neither.
  const run = await readSetting<Omit<ReminderRun, 'result'> & { result: Partial<ReminderRun['result']> }>(deps, LAST_RUN_KEY);
  return run ? { ...run, result: { queued: 0, alreadyReminded: 0, noEmail: 0, noContact: 0, agesOut: 0, ...run.result } } : null;
}

export async function saveLastReminderRun(deps: Pick<AppDeps, 'db'>, run: ReminderRun): Promise<void> {
  await writeSetting(deps, LAST_RUN_KEY, run);
}
