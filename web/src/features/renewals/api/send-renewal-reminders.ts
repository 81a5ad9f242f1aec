import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SendRemindersBody, SendRemindersResult } from '../../../../../api/src/renewals/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { outboxKeys, renewalKeys } from '../../../lib/query-keys.ts';

/**
 * Renewal reminders by email to the chosen cards (`cardIds`), or to every
 * card in the window: one per card, ever. The answer counts what happened.
 */
export function sendRenewalReminders(body: SendRemindersBody): Promise<SendRemindersResult> {
  return api.post<SendRemindersResult>('/api/renewal-reminders', body);
}

/** Refreshes the list, and the outbox the reminders went to. */
export function useSendRenewalReminders() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendRenewalReminders,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: renewalKeys.all }),
        queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
      ]),
  });
}
