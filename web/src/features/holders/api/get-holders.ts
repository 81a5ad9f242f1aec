import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { HolderList, HolderSearchQuery } from '../../../../../api/src/holders/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { holderKeys } from '../../../lib/query-keys.ts';

export const HOLDERS_PAGE_SIZE = 25;

export function getHolders(query: HolderSearchQuery, { signal }: { signal?: AbortSignal } = {}): Promise<HolderList> {
  return api.get<HolderList>('/api/holders', { query, ...(signal ? { signal } : {}) });
}

export const getHoldersQueryOptions = (query: HolderSearchQuery) =>
  queryOptions({
    queryKey: holderKeys.list(query),
    queryFn: ({ signal }) => getHolders(query, { signal }),
    // Paging keeps the last page on screen until the next one arrives.
    placeholderData: keepPreviousData,
  });

/** Search by name, reference or card number, and date of birth. */
export function useHolders(query: HolderSearchQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...getHoldersQueryOptions(query), enabled });
}
