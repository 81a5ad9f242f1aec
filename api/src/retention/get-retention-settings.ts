import type { AppDeps } from '../deps.ts';
import { loadLastErasureRun, loadRetentionSettings } from './retention-settings-store.ts';
import type { RetentionSettingsResponse } from './schemas.ts';

/** How long records are kept, and what the last scheduled erasure run did. */
export async function getRetentionSettings(deps: Pick<AppDeps, 'db'>): Promise<RetentionSettingsResponse> {
  return { settings: await loadRetentionSettings(deps), lastRun: await loadLastErasureRun(deps) };
}
