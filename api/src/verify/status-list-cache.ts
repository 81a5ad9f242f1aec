import type { AppDeps } from '../deps.ts';
import { cachedValue, type CachedValue } from '../lib/cached-value.ts';
import { buildStatusList } from './status-list.ts';

/** A built list is reused for this long (by the injected clock); revocations reach offline verifiers through it. */
export const STATUS_LIST_REBUILD_MS = 10_000;

export type StatusListCache = CachedValue<{ jwt: string; builtAt: Date }>;

export function statusListCache(deps: Pick<AppDeps, 'db' | 'keyring' | 'config' | 'clock'>): StatusListCache {
  return cachedValue({ load: () => buildStatusList(deps), ttlMs: STATUS_LIST_REBUILD_MS, clock: deps.clock });
}
