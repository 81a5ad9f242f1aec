import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditPage, AuditQuery } from '../../../../../api/src/audit/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { auditKeys } from '../../../lib/query-keys.ts';

/** The filters a person chooses; the cursor and page size are the query's business. */
export type AuditFilters = Omit<AuditQuery, 'before' | 'limit'>;

export const AUDIT_PAGE_SIZE = 50;

export function getAuditEvents(query: AuditQuery, { signal }: { signal?: AbortSignal } = {}): Promise<AuditPage> {
  return api.get<AuditPage>('/api/audit', { query, ...(signal ? { signal } : {}) });
}

export const getAuditEventsQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: auditKeys.events(filters),
    queryFn: ({ pageParam, signal }) =>
      getAuditEvents({ ...filters, before: pageParam, limit: AUDIT_PAGE_SIZE }, { signal }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (lastPage) => lastPage.nextBefore ?? undefined,
  });

/** Newest first; `fetchNextPage()` follows the `nextBefore` cursor. */
export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery(getAuditEventsQueryOptions(filters));
}
