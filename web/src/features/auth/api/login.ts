import { useMutation } from '@tanstack/react-query';
import type { LoginBody, LoginResponse } from '../../../../../api/src/auth/schemas.ts';
import { api, startSession } from '../../../lib/api-client.ts';

/**
 * Signs in. With two-step sign-in set up, the answer is an MFA challenge
 * (no session yet: verifyMfa finishes); otherwise the in-memory session
 * starts and the API sets the refresh cookie.
 */
export async function login(body: LoginBody): Promise<LoginResponse> {
  const answer = await api.post<LoginResponse>('/api/auth/login', body, { auth: false });
  if ('accessToken' in answer) startSession(answer);
  return answer;
}

export function useLogin() {
  return useMutation({ mutationFn: login });
}
