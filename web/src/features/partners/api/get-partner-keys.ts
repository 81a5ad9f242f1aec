import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PartnerKeyList } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { partnerKeys } from '../../../lib/query-keys.ts';

export function getPartnerKeys(partnerId: string, { signal }: { signal?: AbortSignal } = {}): Promise<PartnerKeyList> {
  return api.get<PartnerKeyList>(`/api/partners/${encodeURIComponent(partnerId)}/keys`, signal ? { signal } : {});
}


export const getPartnerKeysQueryOptions = (partnerId: string) =>
  queryOptions({ queryKey: partnerKeys.apiKeys(partnerId), queryFn: ({ signal }) => getPartnerKeys(partnerId, { signal }) });

/** A partner's API keys, newest first: never their secrets. Admins only (staff get 403). */
export function usePartnerKeys(partnerId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getPartnerKeysQueryOptions(partnerId), enabled });
}
