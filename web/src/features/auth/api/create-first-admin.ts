import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SetupBody, SetupResponse } from '../../../../../api/src/auth/schemas.ts';
import type { StaffUser } from '../../../../../api/src/staff/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { login } from './login.ts';
import { getSetupStatusQueryOptions } from './get-setup-status.ts';

/** Creates the first admin with the one-time setup token, then signs them in. */
export async function createFirstAdmin(body: SetupBody): Promise<StaffUser> {
  const { user } = await api.post<SetupResponse>('/api/setup', body, { auth: false });
  await login({ email: body.email, password: body.password });
  return user;
}

export function useCreateFirstAdmin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFirstAdmin,
    onSuccess: () => queryClient.setQueryData(getSetupStatusQueryOptions().queryKey, { needed: false }),
  });
}
