import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MessageStatus, OutboxList, OutboxListQuery } from '../../../../../api/src/outbox/schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** Every outbox query lives under this root. */
export const outboxQueryKey = ['outbox'] as const;

export const OUTBOX_PAGE_SIZE = 50;
/** How often a page with a message on its way asks again, so staff see it become sent. */
export const IN_FLIGHT_REFRESH_MS = 2000;

/** A message a mail server is still to accept: worth watching. */
export function isInFlight(status: MessageStatus): boolean {
  return status === 'queued' || status === 'sending';
}

export function getOutbox(query: OutboxListQuery, { signal }: { signal?: AbortSignal } = {}): Promise<OutboxList> {
  return api.get<OutboxList>('/api/outbox', { query, ...(signal ? { signal } : {}) });
}

export const getOutboxQueryOptions = (query: OutboxListQuery) =>
  queryOptions({
    queryKey: [...outboxQueryKey, 'list', query],
    queryFn: ({ signal }) => getOutbox(query, { signal }),
    placeholderData: keepPreviousData,
    // While any message shown is queued or sending, ask again every few seconds.
    refetchInterval: (q) => (q.state.data?.items.some((message) => isInFlight(message.status)) ? IN_FLIGHT_REFRESH_MS : false),
  });

/**
 * Messages, newest first, with whether email is set up on the server and how
 * many wait for staff (whatever the filter). Each read is in the audit log.
 */
export function useOutbox(query: OutboxListQuery) {
  return useQuery(getOutboxQueryOptions(query));
}
