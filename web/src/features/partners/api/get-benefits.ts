import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { BenefitList } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { partnerKeys } from '../../../lib/query-keys.ts';

export function getPartnerBenefits(partnerId: string, { signal }: { signal?: AbortSignal } = {}): Promise<BenefitList> {
  return api.get<BenefitList>('/api/benefits', { query: { partnerId }, ...(signal ? { signal } : {}) });
}


export const getPartnerBenefitsQueryOptions = (partnerId: string) =>
  queryOptions({ queryKey: partnerKeys.benefits(partnerId), queryFn: ({ signal }) => getPartnerBenefits(partnerId, { signal }) });

/** A partner's benefits, active first. Any staff may read them, partner notes included. */
export function usePartnerBenefits(partnerId: string) {
  return useQuery(getPartnerBenefitsQueryOptions(partnerId));
}

/** After adding or changing a benefit: its partner's benefits, and the list's benefit counts. */
export function refreshBenefits(queryClient: QueryClient, partnerId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: partnerKeys.benefits(partnerId) }),
    queryClient.invalidateQueries({ queryKey: partnerKeys.list() }),
  ]);
}
