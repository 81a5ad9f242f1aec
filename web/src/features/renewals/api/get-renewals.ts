import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RenewalList } from '../../../../../api/src/renewals/schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** Every renewals query lives under this root. */
export const renewalsQueryKey = ['renewals'] as const;

const REMINDER_REFRESH_MS = 2000;

export function getRenewals(withinDays: number, { signal }: { signal?: AbortSignal } = {}): Promise<RenewalList> {
  return api.get<RenewalList>('/api/renewals', { query: { withinDays }, ...(signal ? { signal } : {}) });
}

export const getRenewalsQueryOptions = (withinDays: number) =>
  queryOptions({
    queryKey: [...renewalsQueryKey, 'list', withinDays],
    queryFn: ({ signal }) => getRenewals(withinDays, { signal }),
    // While a reminder is on its way, ask again every few seconds, so staff see it become sent.
    refetchInterval: (q) =>
      q.state.data?.items.some(({ reminder }) => reminder?.messageStatus === 'queued' || reminder?.messageStatus === 'sending')
        ? REMINDER_REFRESH_MS
        : false,
  });

/** Current cards that run out within `withinDays` days, soonest first, each with its reminder (if one was sent). Audited. */
export function useRenewals(withinDays: number) {
  return useQuery(getRenewalsQueryOptions(withinDays));
}
