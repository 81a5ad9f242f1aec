import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SigningKeyList } from '../../../../../api/src/keys/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { signingKeyKeys } from '../../../lib/query-keys.ts';

export function getSigningKeys({ signal }: { signal?: AbortSignal } = {}): Promise<SigningKeyList> {
  return api.get<SigningKeyList>('/api/keys', signal ? { signal } : {});
}

export const getSigningKeysQueryOptions = () =>
  queryOptions({ queryKey: signingKeyKeys.all, queryFn: ({ signal }) => getSigningKeys({ signal }) });

/** Newest first, each with how many unexpired cards it signed. Admins only. */
export function useSigningKeys() {
  return useQuery(getSigningKeysQueryOptions());
}
