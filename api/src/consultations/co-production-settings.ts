import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { readSetting, writeSetting } from '../db/setting-row.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import type { CoProductionSettings } from './schemas.ts';

/** Where the setting is kept (a Setting row), and the audit entity id of a change. */
export const CO_PRODUCTION_SETTINGS_KEY = 'co_production';
export const DEFAULT_CO_PRODUCTION_SETTINGS: CoProductionSettings = { keepSuggestionsDays: 365, keepAnswersDays: 365 };

export async function loadCoProductionSettings(deps: { db: Tx }): Promise<CoProductionSettings> {
  return { ...DEFAULT_CO_PRODUCTION_SETTINGS, ...(await readSetting<Partial<CoProductionSettings>>(deps, CO_PRODUCTION_SETTINGS_KEY)) };
}

/** Admin: how long suggestions and answers are kept. Audited with the old and new values, in the same transaction. */
export async function updateCoProductionSettings(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; settings: CoProductionSettings },
): Promise<CoProductionSettings> {
  const { context, settings } = options;
  await inTransaction(deps.db, async (tx) => {
    const before = await loadCoProductionSettings({ db: tx });
    await writeSetting({ db: tx }, CO_PRODUCTION_SETTINGS_KEY, settings);
    await appendAuditEvent(tx, deps, context, { action: 'settings.co_production', entityType: 'settings', entityId: CO_PRODUCTION_SETTINGS_KEY, details: { from: before, to: settings } });
  });
  return settings;
}
