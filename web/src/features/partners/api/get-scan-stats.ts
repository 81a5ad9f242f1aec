import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ScanStats, ScanStatsQuery } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { partnerKeys } from '../../../lib/query-keys.ts';

export function getScanStats(query: ScanStatsQuery, { signal }: { signal?: AbortSignal } = {}): Promise<ScanStats> {
  return api.get<ScanStats>('/api/scan-stats', { query, ...(signal ? { signal } : {}) });
}

export const getScanStatsQueryOptions = (query: ScanStatsQuery) =>
  queryOptions({
    queryKey: partnerKeys.scanStats(query),
    queryFn: ({ signal }) => getScanStats(query, { signal }),
    // A new date range keeps the last figures on screen until the next ones arrive.
    placeholderData: keepPreviousData,
  });

/** Verify calls counted per partner per day (valid, expired, not valid), newest day first. Admins only. */
export function useScanStats(query: ScanStatsQuery) {
  return useQuery(getScanStatsQueryOptions(query));
}
