import { cachedValue, type CachedValue } from '../lib/cached-value.ts';
import type { AppDeps } from '../deps.ts';
import { loadBranding, type BrandingState } from './branding.ts';

/** Branding changes made by another process show within this long. */
export const BRANDING_TTL_MS = 5_000;

/** The current branding, as every card, message and verify answer uses it. Invalidated by the branding use-cases. */
export type BrandingCache = CachedValue<BrandingState>;

export function brandingCache(deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner'>): BrandingCache {
  return cachedValue({ load: () => loadBranding(deps), ttlMs: BRANDING_TTL_MS, clock: deps.clock });
}
