import { useMutation } from '@tanstack/react-query';
import type { SetPasswordBody } from '../../../../../api/src/auth/schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** Sets a password with a one-time link's token (new account or reset). */
export function setPassword(body: SetPasswordBody): Promise<void> {
  return api.post<void>('/api/auth/set-password', body, { auth: false });
}

export function useSetPassword() {
  return useMutation({ mutationFn: setPassword });
}
