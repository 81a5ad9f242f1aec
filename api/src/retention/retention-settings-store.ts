import { readSetting, writeSetting } from '../db/setting-row.ts';
import type { Tx } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import type { RetentionSettings, RetentionSettingsResponse } from './schemas.ts';

/** Where the setting is kept (a Setting row), and the audit entity id of a change. */
export const RETENTION_SETTINGS_KEY = 'retention';
const LAST_RUN_KEY = 'retention_last_run';
export const DEFAULT_RETENTION_SETTINGS: RetentionSettings = { months: 12 };

export type ErasureRun = NonNullable<RetentionSettingsResponse['lastRun']>;

/** The saved setting over the default. */
export async function loadRetentionSettings(deps: Pick<AppDeps, 'db'>): Promise<RetentionSettings> {
  return { ...DEFAULT_RETENTION_SETTINGS, ...(await readSetting<Partial<RetentionSettings>>(deps, RETENTION_SETTINGS_KEY)) };
}

/** `db` may be a transaction, so the setting commits with its audit event. */
export async function saveRetentionSettings(deps: { db: Tx }, settings: RetentionSettings): Promise<void> {
  await writeSetting(deps, RETENTION_SETTINGS_KEY, settings);
}

export async function loadLastErasureRun(deps: Pick<AppDeps, 'db'>): Promise<ErasureRun | null> {
  return readSetting<ErasureRun>(deps, LAST_RUN_KEY);
}

export async function saveLastErasureRun(deps: Pick<AppDeps, 'db'>, run: ErasureRun): Promise<void> {
  await writeSetting(deps, LAST_RUN_KEY, run);
}
