import { useMutation } from '@tanstack/react-query';
import type { ReferralReceipt, SubmitReferralBody } from '../../../../../../api/src/referrals/schemas.ts';
import { requestJson } from '../../../lib/public-api.ts';

/** Sends the referral form. A photo makes the body large: a longer time limit than other calls. */
export function useSubmitReferral() {
  return useMutation({
    mutationFn: async (body: SubmitReferralBody) =>
      (await requestJson<ReferralReceipt>('/api/referrals', { method: 'POST', body: JSON.stringify(body), signal: AbortSignal.timeout(60_000) })).body,
  });
}
