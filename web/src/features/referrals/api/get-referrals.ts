import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReferralList, ReferralListQuery } from '../../../../../api/src/referrals/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { referralKeys } from '../../../lib/query-keys.ts';

export function getReferrals(query: ReferralListQuery, { signal }: { signal?: AbortSignal } = {}): Promise<ReferralList> {
  return api.get<ReferralList>('/api/referrals', { query, ...(signal ? { signal } : {}) });
}

export const getReferralsQueryOptions = (query: ReferralListQuery) =>
  queryOptions({ queryKey: referralKeys.list(query), queryFn: ({ signal }) => getReferrals(query, { signal }) });

/** New ones oldest first; decided ones newest first. */
export function useReferrals(query: ReferralListQuery) {
  return useQuery(getReferralsQueryOptions(query));
}
