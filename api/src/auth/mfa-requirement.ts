import type { Tx } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { cachedValue, type CachedValue } from '../lib/cached-value.ts';

/** The Setting row behind "require two-step sign-in for everyone" (JSON true/false; no row means off). */
export const REQUIRE_MFA_SETTING = 'auth.requireMfa';

export async function isMfaRequired(db: Tx): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: REQUIRE_MFA_SETTING } });
  return row?.value === 'true';
}

/** A change made by another API process is seen within this long; this process's own at once. */
export const MFA_REQUIREMENT_TTL_MS = 5_000;

/** The setting as every staff request checks it (for accounts without a second factor): read once per TTL, not per request. */
export type MfaRequirementCache = CachedValue<boolean>;

export function mfaRequirementCache(deps: Pick<AppDeps, 'db' | 'clock'>): MfaRequirementCache {
  return cachedValue({ load: () => isMfaRequired(deps.db), ttlMs: MFA_REQUIREMENT_TTL_MS, clock: deps.clock });
}
