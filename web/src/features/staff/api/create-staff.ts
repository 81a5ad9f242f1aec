import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedStaff, CreateStaffBody } from '../../../../../api/src/staff/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { staffKeys } from '../../../lib/query-keys.ts';

/** Adds an invited staff account; the answer carries its one-time password link. */
export function createStaff(body: CreateStaffBody): Promise<CreatedStaff> {
  return api.post<CreatedStaff>('/api/staff', body);
}

export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createStaff,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKeys.all }),
  });
}
