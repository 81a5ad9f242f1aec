import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { PartnerResponse, PartnerView } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { partnerKeys } from '../../../lib/query-keys.ts';

export async function getPartner(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<PartnerView> {
  const { partner } = await api.get<PartnerResponse>(`/api/partners/${encodeURIComponent(id)}`, signal ? { signal } : {});
  return partner;
}


export const getPartnerQueryOptions = (id: string) =>
  queryOptions({ queryKey: partnerKeys.detail(id), queryFn: ({ signal }) => getPartner(id, { signal }) });

/** One partner with every field, contacts included (staff only). Any staff may read it. */
export function usePartner(id: string) {
  return useQuery(getPartnerQueryOptions(id));
}

/** After a change the API answers with the whole partner: show it at once, and refresh the list (names, status). */
export function storePartner(queryClient: QueryClient, partner: PartnerView): Promise<void> {
  queryClient.setQueryData(partnerKeys.detail(partner.id), partner);
  return queryClient.invalidateQueries({ queryKey: partnerKeys.list() });
}
