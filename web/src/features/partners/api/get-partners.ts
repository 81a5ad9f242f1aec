import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PartnerList } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** Every partners query (list, one partner, its benefits and keys, scan counts) lives under this root. */
export const partnersQueryKey = ['partners'] as const;
export const partnerListQueryKey = [...partnersQueryKey, 'list'] as const;

export function getPartners({ signal }: { signal?: AbortSignal } = {}): Promise<PartnerList> {
  return api.get<PartnerList>('/api/partners', signal ? { signal } : {});
}

export const getPartnersQueryOptions = () =>
  queryOptions({ queryKey: partnerListQueryKey, queryFn: ({ signal }) => getPartners({ signal }) });

/** All partners, active first, each with its benefit counts. Any staff may read them. */
export function usePartners() {
  return useQuery(getPartnersQueryOptions());
}
