import type { Clock } from './clock.ts';

/** One value loaded on demand and kept for `ttlMs` (by the injected clock), or until `invalidate()`. */
export type CachedValue<T> = {
  current(): Promise<T>;
  /** The next `current()` loads afresh: called by the use-cases that change the data. */
  invalidate(): void;
};

/**
 * The one cache shape of the API. A change made by this process invalidates
 * at once; a change made by another process is seen once `ttlMs` has passed,
 * which is the documented cross-process delay. A failed load is not kept.
 */
export function cachedValue<T>(options: { load: () => Promise<T>; ttlMs: number; clock: Clock }): CachedValue<T> {
  const { load, ttlMs, clock } = options;
  let cached: { value: Promise<T>; until: number } | undefined;
  return {
    current() {
      const now = clock().getTime();
      if (!cached || now >= cached.until || now < cached.until - ttlMs) {
        const value = load();
        const entry = { value, until: now + ttlMs };
        cached = entry;
        value.catch(() => {
          if (cached === entry) cached = undefined;
        });
      }
      return cached.value;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
