import { useMutation } from '@tanstack/react-query';
import { api, endSession } from '../../../lib/api-client.ts';
import { SIGNED_OUT_NOTICE } from '../../../lib/session.ts';

/**
 * Ends the session on the server, then here. The local session ends even if
 * the server cannot be reached: the user asked to leave, so they leave.
 */
export async function logout(): Promise<void> {
  try {
    await api.post<void>('/api/auth/logout');
  } catch {
    // Already ended server-side, or offline; nothing more the user can do.
  } finally {
    endSession(SIGNED_OUT_NOTICE);
  }
}

export function useLogout() {
  return useMutation({ mutationFn: logout });
}
