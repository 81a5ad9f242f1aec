import { useMutation } from '@tanstack/react-query';
import type { LoginBody, SessionResponse } from '../../../../../api/src/auth/schemas.ts';
import { api, startSession } from '../../../lib/api-client.ts';

/** Signs in and starts the in-memory session; the API sets the refresh cookie. */
export async function login(body: LoginBody): Promise<SessionResponse> {
  const session = await api.post<SessionResponse>('/api/auth/login', body, { auth: false });
  startSession(session);
  return session;
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
