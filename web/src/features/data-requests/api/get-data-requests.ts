import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DataRequestList, DataRequestQuery } from '../../../../../api/src/data-requests/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { dataRequestKeys } from '../../../lib/query-keys.ts';

export function getDataRequests(query: DataRequestQuery, { signal }: { signal?: AbortSignal } = {}): Promise<DataRequestList> {
  return api.get<DataRequestList>('/api/data-requests', { query, ...(signal ? { signal } : {}) });
}

export const getDataRequestsQueryOptions = (query: DataRequestQuery) =>
  queryOptions({ queryKey: dataRequestKeys.list(query), queryFn: ({ signal }) => getDataRequests(query, { signal }) });

/** Oldest first, at most 200: open ones (`status: 'open'`) for "Needs attention", or one young carer's. */
export function useDataRequests(query: DataRequestQuery) {
  return useQuery(getDataRequestsQueryOptions(query));
}
