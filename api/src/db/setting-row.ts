import type { Tx } from './transaction.ts';

/** A Setting row's value, parsed from its JSON; null when the row is not there yet. */
export async function readSetting<T>(deps: { db: Tx }, key: string): Promise<T | null> {
  const row = await deps.db.setting.findUnique({ where: { key } });
  return row ? (JSON.parse(row.value) as T) : null;
}

/** Saves a Setting row's value as JSON. `db` may be a transaction, so the value commits with the rest of it. */
export async function writeSetting(deps: { db: Tx }, key: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  await deps.db.setting.upsert({ where: { key }, create: { key, value: text }, update: { value: text } });
}
