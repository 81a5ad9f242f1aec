import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OutboxMessageResponse, OutboxMessageView } from '../../../../../api/src/outbox/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storeOutboxMessage } from './get-outbox-message.ts';
import { outboxKeys } from '../../../lib/query-keys.ts';

/**
 * Staff passed the message on themselves: printed the slip and handed it
 * over, or sent the text from their own email. 409 MESSAGE_STATE_CONFLICT
 * when it was sent or passed on already.
 */
export async function markHandedOver(id: string): Promise<OutboxMessageView> {
  const { message } = await api.post<OutboxMessageResponse>(`/api/outbox/${encodeURIComponent(id)}/handed-over`);
  return message;
}

export function useMarkHandedOver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markHandedOver,
    onSuccess: (message) => storeOutboxMessage(queryClient, message),
    onError: (_error, id) => queryClient.invalidateQueries({ queryKey: outboxKeys.detail(id) }),
  });
}
