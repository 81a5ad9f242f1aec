import type { AppDeps } from '../deps.ts';
import { cachedValue, type CachedValue } from '../lib/cached-value.ts';
import { LISTED_CARD_STATUSES } from '../cards/schemas.ts';
import type { StoredCardStatus } from '../cards/schemas.ts';
import { bitsFor, highestStatusIndex, listsFor, readListedIndexes, setBit, signStatusList, STATUS_LIST_SIZE } from './status-list.ts';

/** A built list is reused for this long (by the injected clock); revocations reach offline verifiers through it. */
export const STATUS_LIST_REBUILD_MS = 10_000;
/**
 * A rebuild reads only the cards whose status changed since the last one,
 * looking back this much further: a change is stamped (statusChangedAt) with
 * its process's clock before its transaction commits, so a slow transaction,
 * or another process's clock running behind, still lands in the window.
 */
export const STATUS_CHANGE_LOOKBACK_MS = 10 * 60_000;
/** Every so often the bits are rebuilt from every listed card, whatever happened in between. */
export const STATUS_LIST_FULL_REBUILD_MS = 60 * 60_000;

export type StatusListCache = CachedValue<{ jwt: string; builtAt: Date }>;

/**
 * The signed status list, kept as bits in memory and brought up to date
 * incrementally: the first build (and one an hour) reads every listed card;
 * every other rebuild reads only the cards whose status changed lately
 * (indexed by statusChangedAt) and sets or clears their bits. Rebuilds run
 * one at a time, so an older read never overwrites a newer one.
 */
export function statusListCache(deps: Pick<AppDeps, 'db' | 'keyring' | 'config' | 'clock'>): StatusListCache {
  let state: { bits: Uint8Array; readAt: Date; fullAt: Date } | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const rebuild = async (): Promise<{ jwt: string; builtAt: Date }> => {
    const now = deps.clock();
    const highest = await highestStatusIndex(deps.db);
    const lists = listsFor(highest);
    const full =
      !state || now < state.readAt || now.getTime() - state.fullAt.getTime() >= STATUS_LIST_FULL_REBUILD_MS;
    if (full || !state) {
      state = { bits: bitsFor(lists, await readListedIndexes(deps)), readAt: now, fullAt: now };
    } else {
      const since = new Date(state.readAt.getTime() - STATUS_CHANGE_LOOKBACK_MS);
      const changed = await deps.db.card.findMany({
        where: { statusChangedAt: { gte: since } },
        select: { statusIndex: true, status: true },
      });
      let bits = state.bits;
      if (bits.length * 8 < lists * STATUS_LIST_SIZE) {
        bits = new Uint8Array((lists * STATUS_LIST_SIZE) / 8);
        bits.set(state.bits);
      }
      for (const card of changed) setBit(bits, card.statusIndex, LISTED_CARD_STATUSES.includes(card.status as StoredCardStatus));
      state = { bits, readAt: now, fullAt: state.fullAt };
    }
    return { jwt: await signStatusList(deps, state.bits, now), builtAt: now };
  };

  return cachedValue({
    load: () => {
      const next = queue.then(rebuild, rebuild);
      queue = next.catch(() => undefined);
      return next;
    },
    ttlMs: STATUS_LIST_REBUILD_MS,
    clock: deps.clock,
  });
}
