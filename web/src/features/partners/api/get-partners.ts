import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PartnerList } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { partnerKeys } from '../../../lib/query-keys.ts';

export function getPartners({ signal }: { signal?: AbortSignal } = {}): Promise<PartnerList> {
  return api.get<PartnerList>('/api/partners', signal ? { signal } : {});
}

export const getPartnersQueryOptions = () =>
  queryOptions({ queryKey: partnerKeys.list(), queryFn: ({ signal }) => getPartners({ signal }) });

/** All partners, active first, each with its benefit counts. Any staff may read them. */
export function usePartners() {
  return useQuery(getPartnersQueryOptions());
}
