import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffUser, StaffUserResponse } from '../../../../../api/src/staff/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { replaceStaffUser } from './replace-staff-user.ts';

/** Stops the account signing in and ends its sessions; reversible with enableStaff. */
export async function disableStaff(id: string): Promise<StaffUser> {
  const { user } = await api.post<StaffUserResponse>(`/api/staff/${encodeURIComponent(id)}/disable`);
  return user;
}

export function useDisableStaff() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: disableStaff, onSuccess: (user) => replaceStaffUser(queryClient, user) });
}
