import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { HolderDetail, HolderResponse } from '../../../../../api/src/holders/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { holderKeys } from '../../../lib/query-keys.ts';

export async function getHolder(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<HolderDetail> {
  const { holder } = await api.get<HolderResponse>(`/api/holders/${encodeURIComponent(id)}`, signal ? { signal } : {});
  return holder;
}


/**
 * The API writes every read of a young carer's record to the audit log, so
 * the page reads it once per visit (and after changes), not each time the
 * window regains focus.
 */
export const getHolderQueryOptions = (id: string) =>
  queryOptions({
    queryKey: holderKeys.detail(id),
    queryFn: ({ signal }) => getHolder(id, { signal }),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });

export function useHolder(id: string) {
  return useQuery(getHolderQueryOptions(id));
}

/** The record if this browser already has it, without asking the API (which would audit another read). */
export function useLoadedHolder(id: string) {
  return useQuery({ ...getHolderQueryOptions(id), enabled: false });
}

/**
 * After a change, the API answers with the whole record: show it at once
 * (no extra, audited read) and refresh search results, which show names and cards.
 */
export function storeHolder(queryClient: QueryClient, holder: HolderDetail): Promise<void> {
  queryClient.setQueryData(holderKeys.detail(holder.id), holder);
  return queryClient.invalidateQueries({ queryKey: holderKeys.lists() });
}
