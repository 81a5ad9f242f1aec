import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReferralSettings, ReferralSettingsResponse } from '../../../../../api/src/referrals/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { referralKeys } from '../../../lib/query-keys.ts';

export const getReferralSettingsQueryOptions = () =>
  queryOptions({ queryKey: referralKeys.settings(), queryFn: ({ signal }) => api.get<ReferralSettingsResponse>('/api/settings/referrals', { signal }) });

/** How long decided referrals are kept, the daily cap and today's count. Any staff may read it. */
export function useReferralSettings() {
  return useQuery(getReferralSettingsQueryOptions());
}

/** Admins only (staff get 403). */
export function useUpdateReferralSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralSettings) => api.put<ReferralSettingsResponse>('/api/settings/referrals', body),
    onSuccess: (settings) => queryClient.setQueryData(referralKeys.settings(), settings),
  });
}
