import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordBody, PasswordChanged } from '../../../../../api/src/auth/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { accountKeys } from '../../../lib/query-keys.ts';

/** Changes one's own password; every other session of the account ends (so the sessions list changes too). */
export function changePassword(body: ChangePasswordBody): Promise<PasswordChanged> {
  return api.post<PasswordChanged>('/api/auth/password', body);
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: changePassword, onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions() }) });
}
