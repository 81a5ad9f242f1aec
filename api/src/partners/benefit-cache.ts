import type { AppDeps } from '../deps.ts';
import { cachedValue, type CachedValue } from '../lib/cached-value.ts';
import type { BenefitSnapshot } from './benefit-rules.ts';
import { loadBenefitSnapshot } from './benefit-snapshot.ts';

/** Partner and benefit changes made by another process show in verify answers within this long. */
export const BENEFITS_TTL_MS = 5_000;

/** Active partners and benefits, for verify answers, the directory and /my. Invalidated by the partner and benefit use-cases. */
export type BenefitCache = CachedValue<BenefitSnapshot>;

export function benefitCache(deps: Pick<AppDeps, 'db' | 'clock'>): BenefitCache {
  return cachedValue({ load: () => loadBenefitSnapshot(deps.db), ttlMs: BENEFITS_TTL_MS, clock: deps.clock });
}
