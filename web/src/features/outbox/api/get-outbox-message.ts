import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { OutboxMessageResponse, OutboxMessageView } from '../../../../../api/src/outbox/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { refreshDelay } from './get-outbox.ts';
import { outboxKeys, renewalKeys } from '../../../lib/query-keys.ts';


export async function getOutboxMessage(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<OutboxMessageView> {
  const { message } = await api.get<OutboxMessageResponse>(`/api/outbox/${encodeURIComponent(id)}`, signal ? { signal } : {});
  return message;
}

export const getOutboxMessageQueryOptions = (id: string) =>
  queryOptions({
    queryKey: outboxKeys.detail(id),
    queryFn: ({ signal }) => getOutboxMessage(id, { signal }),
    refetchInterval: (q) => refreshDelay(q.state.data ? [q.state.data] : []),
  });

/** One message, to read, copy or print. 404 NOT_FOUND. */
export function useOutboxMessage(id: string) {
  return useQuery(getOutboxMessageQueryOptions(id));
}

/**
 * After a change, show the API's answer at once and refresh the lists. A
 * renewal reminder's status also shows on the renewals page.
 */
export function storeOutboxMessage(queryClient: QueryClient, message: OutboxMessageView): Promise<unknown> {
  queryClient.setQueryData(outboxKeys.detail(message.id), message);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: outboxKeys.lists() }),
    message.kind === 'renewal_reminder' ? queryClient.invalidateQueries({ queryKey: renewalKeys.all }) : null,
  ]);
}
