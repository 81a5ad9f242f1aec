import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ResetMfaBody, StaffUser, StaffUserResponse } from '../../../../../api/src/staff/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { replaceStaffUser } from './replace-staff-user.ts';

/** Removes someone's two-step sign-in (a lost phone) and ends their sessions; the admin has typed their email. */
export async function resetStaffMfa({ id, ...body }: ResetMfaBody & { id: string }): Promise<StaffUser> {
  const { user } = await api.post<StaffUserResponse>(`/api/staff/${encodeURIComponent(id)}/mfa/reset`, body);
  return user;
}

export function useResetStaffMfa() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: resetStaffMfa, onSuccess: (user) => replaceStaffUser(queryClient, user) });
}
