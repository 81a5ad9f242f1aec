import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RenewalList } from '../../../../../api/src/renewals/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { renewalKeys } from '../../../lib/query-keys.ts';

export function getRenewals(withinDays: number, { signal }: { signal?: AbortSignal } = {}): Promise<RenewalList> {
  return api.get<RenewalList>('/api/renewals', { query: { withinDays }, ...(signal ? { signal } : {}) });
}

export const getRenewalsQueryOptions = (withinDays: number) =>
  queryOptions({
    queryKey: renewalKeys.list(withinDays),
    queryFn: ({ signal }) => getRenewals(withinDays, { signal }),
    refetchInterval: (q) => refreshDelay(q.state.data?.items ?? []),
  });

/**
 * While a reminder is on its way, ask again so staff see it become sent:
 * every 2 s in its first minute, then every minute (a mail server that is
 * down is not asked about every 2 s: each read of this list is audited).
 */
function refreshDelay(items: RenewalList['items'], now = Date.now()): number | false {
  const waiting = items.flatMap(({ reminder }) =>
    reminder && (reminder.messageStatus === 'queued' || reminder.messageStatus === 'sending') ? [new Date(reminder.at).getTime()] : [],
  );
  if (waiting.length === 0) return false;
  return waiting.some((at) => now - at < 60_000) ? 2000 : 60_000;
}

/** Current cards that run out within `withinDays` days, soonest first, each with its reminder (if one was sent). Audited. */
export function useRenewals(withinDays: number) {
  return useQuery(getRenewalsQueryOptions(withinDays));
}
