import { useMutation } from '@tanstack/react-query';
import type { MfaVerifyBody, SessionResponse } from '../../../../../api/src/auth/schemas.ts';
import { api, startSession } from '../../../lib/api-client.ts';

/** The second step of signing in: the challenge from login and a code. */
export async function verifyMfa(body: MfaVerifyBody): Promise<SessionResponse> {
  const session = await api.post<SessionResponse>('/api/auth/mfa/verify', body, { auth: false });
  startSession(session);
  return session;
}

export function useVerifyMfa() {
  return useMutation({ mutationFn: verifyMfa });
}
