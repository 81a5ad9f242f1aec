import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReferralDetail, ReferralResponse } from '../../../../../api/src/referrals/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { referralKeys } from '../../../lib/query-keys.ts';

export async function getReferral(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<ReferralDetail> {
  return (await api.get<ReferralResponse>(`/api/referrals/${encodeURIComponent(id)}`, signal ? { signal } : {})).referral;
}

export const getReferralQueryOptions = (id: string) => queryOptions({ queryKey: referralKeys.detail(id), queryFn: ({ signal }) => getReferral(id, { signal }) });

/** One referral, with the records it may duplicate while it is new. */
export function useReferral(id: string) {
  return useQuery(getReferralQueryOptions(id));
}

/** The photo sent with it needs the bearer token: it comes as a Blob. */
export function useReferralPhoto(referral: Pick<ReferralDetail, 'id' | 'photoUrl'>) {
  return useQuery({
    queryKey: referralKeys.photo(referral.id),
    queryFn: ({ signal }) => api.getBlob(referral.photoUrl ?? '', { signal }),
    enabled: referral.photoUrl !== null,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    gcTime: 60_000,
  });
}
