import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InvitationResponse, InvitationView } from '../../../../../api/src/invitations/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { holderKeys, invitationKeys } from '../../../lib/query-keys.ts';

/**
 * Withdraws an invitation: its link and code stop working at once. Phones
 * already signed in with it keep the card until they are signed out.
 * 409 INVITATION_STATE_CONFLICT when it was withdrawn already.
 */
export async function revokeInvitation(id: string): Promise<InvitationView> {
  const { invitation } = await api.post<InvitationResponse>(`/api/invitations/${encodeURIComponent(id)}/revoke`);
  return invitation;
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    // Also after a conflict: someone else withdrew it, and the list should say so.
    onSettled: (invitation) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: invitationKeys.all }),
        invitation ? queryClient.invalidateQueries({ queryKey: holderKeys.detail(invitation.holderId) }) : null,
      ]),
  });
}
