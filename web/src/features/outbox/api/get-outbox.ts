import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { MessageStatus, OutboxList, OutboxListQuery, OutboxMessageView } from '../../../../../api/src/outbox/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { outboxKeys } from '../../../lib/query-keys.ts';

export const OUTBOX_PAGE_SIZE = 50;
const SOON_MS = 2000;
const AT_MOST_MS = 5 * 60_000;

/** A message a mail server is still to accept: worth watching. */
export function isInFlight(status: MessageStatus): boolean {
  return status === 'queued' || status === 'sending';
}

/**
 * When a page showing these messages should ask again, so staff see a
 * message become sent: every 2 s while one is being sent or about to be,
 * else just after the next retry is due (a mail server down for hours is not
 * asked about every 2 s: each read of the outbox is audited). false: nothing
 * is on its way.
 */
export function refreshDelay(messages: Pick<OutboxMessageView, 'status' | 'nextAttemptAt'>[], now = Date.now()): number | false {
  let delay: number | false = false;
  for (const message of messages) {
    if (!isInFlight(message.status)) continue;
    const due = message.status === 'queued' && message.nextAttemptAt ? new Date(message.nextAttemptAt).getTime() - now + SOON_MS : 0;
    const wait = Math.min(Math.max(due, SOON_MS), AT_MOST_MS);
    delay = delay === false ? wait : Math.min(delay, wait);
  }
  return delay;
}

export function getOutbox(query: OutboxListQuery, { signal }: { signal?: AbortSignal } = {}): Promise<OutboxList> {
  return api.get<OutboxList>('/api/outbox', { query, ...(signal ? { signal } : {}) });
}

export const getOutboxQueryOptions = (query: OutboxListQuery) =>
  queryOptions({
    queryKey: outboxKeys.list(query),
    queryFn: ({ signal }) => getOutbox(query, { signal }),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => refreshDelay(q.state.data?.items ?? []),
  });

/**
 * Messages, newest first, with whether email is set up on the server and how
 * many wait for staff (whatever the filter). Each read is in the audit log.
 */
export function useOutbox(query: OutboxListQuery) {
  return useQuery(getOutboxQueryOptions(query));
}
