import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ErasureDueList } from '../../../../../api/src/retention/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { retentionKeys } from '../../../lib/query-keys.ts';

export function getErasureDue(withinDays: number, { signal }: { signal?: AbortSignal } = {}): Promise<ErasureDueList> {
  return api.get<ErasureDueList>('/api/retention/due', { query: { withinDays }, ...(signal ? { signal } : {}) });
}

export const getErasureDueQueryOptions = (withinDays: number) =>
  queryOptions({ queryKey: retentionKeys.due(withinDays), queryFn: ({ signal }) => getErasureDue(withinDays, { signal }) });

/** Records the retention job erases within `withinDays` days (and any already due), soonest first. Audited. */
export function useErasureDue(withinDays: number) {
  return useQuery(getErasureDueQueryOptions(withinDays));
}
