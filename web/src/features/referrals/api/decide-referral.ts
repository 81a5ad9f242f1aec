import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcceptReferralBody, DeclineReferralBody, ReferralDetail, ReferralResponse } from '../../../../../api/src/referrals/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { holderKeys, referralKeys } from '../../../lib/query-keys.ts';

/** Makes the young carer's record. 409 REFERRAL_STATE_CONFLICT when someone already decided. */
export function acceptReferral({ id, ...body }: { id: string } & AcceptReferralBody): Promise<{ referral: ReferralDetail; holderId: string }> {
  return api.post<{ referral: ReferralDetail; holderId: string }>(`/api/referrals/${encodeURIComponent(id)}/accept`, body);
}

export async function declineReferral({ id, ...body }: { id: string } & DeclineReferralBody): Promise<ReferralDetail> {
  return (await api.post<ReferralResponse>(`/api/referrals/${encodeURIComponent(id)}/decline`, body)).referral;
}

export function useAcceptReferral() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptReferral,
    // Also after a conflict: someone else decided, and the page should say so.
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: referralKeys.all }), queryClient.invalidateQueries({ queryKey: holderKeys.lists() })]),
  });
}

export function useDeclineReferral() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: declineReferral, onSettled: () => queryClient.invalidateQueries({ queryKey: referralKeys.all }) });
}
