import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedInvitation, CreateInvitationBody } from '../../../../../api/src/invitations/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { holderKeys, invitationKeys, outboxKeys } from '../../../lib/query-keys.ts';

/**
 * "Send card": a link and code for the young carer, by email or on a printed
 * slip. The answer is the only one that carries the code and link (they are
 * also in the message's text, in the outbox). 400 NO_CONTACT_EMAIL (field
 * `channel`), 409 CARD_STATE_CONFLICT for a revoked or expired card.
 */
export function createInvitation({ cardId, channel }: { cardId: string } & CreateInvitationBody): Promise<CreatedInvitation> {
  return api.post<CreatedInvitation>(`/api/cards/${encodeURIComponent(cardId)}/invitations`, { channel } satisfies CreateInvitationBody);
}

/** Refreshes the young carer's invitations, the outbox and their record's history. */
export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: ({ invitation }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: invitationKeys.all }),
        queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
        queryClient.invalidateQueries({ queryKey: holderKeys.detail(invitation.holderId) }),
      ]),
  });
}
