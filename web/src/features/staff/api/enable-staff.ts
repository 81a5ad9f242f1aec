import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffUser, StaffUserResponse } from '../../../../../api/src/staff/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { replaceStaffUser } from './replace-staff-user.ts';

export async function enableStaff(id: string): Promise<StaffUser> {
  const { user } = await api.post<StaffUserResponse>(`/api/staff/${encodeURIComponent(id)}/enable`);
  return user;
}

export function useEnableStaff() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: enableStaff, onSuccess: (user) => replaceStaffUser(queryClient, user) });
}
