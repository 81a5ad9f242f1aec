import type { Tx } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import type { RetentionSettings, RetentionSettingsResponse } from './schemas.ts';

/** Where the setting is kept (a Setting row), and the audit entity id of a change. */
export const RETENTION_SETTINGS_KEY = 'retention';
const LAST_RUN_KEY = 'retention_last_run';
export const DEFAULT_RETENTION_SETTINGS: RetentionSettings = { months: 12 };

export type ErasureRun = NonNullable<RetentionSettingsResponse['lastRun']>;

async function readSetting<T>(deps: Pick<AppDeps, 'db'>, key: string): Promise<T | null> {
  const row = await deps.db.setting.findUnique({ where: { key } });
  return row ? (JSON.parse(row.value) as T) : null;
}

async function writeSetting(deps: { db: Tx }, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  await deps.db.setting.upsert({ where: { key }, create: { key, value: text }, update: { value: text } });
}

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
