import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffUser, StaffUserResponse, UpdateStaffBody } from '../../../../../api/src/staff/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { replaceStaffUser } from './replace-staff-user.ts';

export async function updateStaff({ id, ...body }: UpdateStaffBody & { id: string }): Promise<StaffUser> {
  const { user } = await api.patch<StaffUserResponse>(`/api/staff/${encodeURIComponent(id)}`, body);
  return user;
}

export function useUpdateStaff() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateStaff, onSuccess: (user) => replaceStaffUser(queryClient, user) });
}
