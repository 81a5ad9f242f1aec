import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PartnerKeyList } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { partnersQueryKey } from './get-partners.ts';

export function getPartnerKeys(partnerId: string, { signal }: { signal?: AbortSignal } = {}): Promise<PartnerKeyList> {
  return api.get<PartnerKeyList>(`/api/partners/${encodeURIComponent(partnerId)}/keys`, signal ? { signal } : {});
}

export const partnerKeysQueryKey = (partnerId: string) => [...partnersQueryKey, 'keys', partnerId] as const;

export const getPartnerKeysQueryOptions = (partnerId: string) =>
  queryOptions({ queryKey: partnerKeysQueryKey(partnerId), queryFn: ({ signal }) => getPartnerKeys(partnerId, { signal }) });

/** A partner's API keys, newest first: never their secrets. Admins only (staff get 403). */
export function usePartnerKeys(partnerId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getPartnerKeysQueryOptions(partnerId), enabled });
}
