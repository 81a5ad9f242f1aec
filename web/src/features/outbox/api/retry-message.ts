import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OutboxMessageResponse, OutboxMessageView } from '../../../../../api/src/outbox/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storeOutboxMessage } from './get-outbox-message.ts';
import { outboxKeys } from '../../../lib/query-keys.ts';

/**
 * Sends a failed (or waiting) email again, from a fresh count of tries.
 * 409 EMAIL_NOT_CONFIGURED without SMTP_URL; 409 MESSAGE_STATE_CONFLICT for a
 * printed slip, or a message already sent or passed on. The API's message says what to do.
 */
export async function retryMessage(id: string): Promise<OutboxMessageView> {
  const { message } = await api.post<OutboxMessageResponse>(`/api/outbox/${encodeURIComponent(id)}/retry`);
  return message;
}

export function useRetryMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryMessage,
    onSuccess: (message) => storeOutboxMessage(queryClient, message),
    // A conflict means it changed meanwhile (sent, or passed on by someone else): show what it is now.
    onError: (_error, id) => queryClient.invalidateQueries({ queryKey: outboxKeys.detail(id) }),
  });
}
