import { startAuthentication, type PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import { useMutation } from '@tanstack/react-query';
import type { SessionResponse } from '../../../../../api/src/auth/schemas.ts';
import { api, startSession } from '../../../lib/api-client.ts';

/** The second step of signing in with a passkey: options for the challenge, the browser's signed answer, a session. */
async function signInWithPasskey(mfaToken: string): Promise<SessionResponse> {
  const { options } = await api.post<{ options: PublicKeyCredentialRequestOptionsJSON }>('/api/auth/mfa/passkey/options', { mfaToken }, { auth: false });
  const response = await startAuthentication({ optionsJSON: options });
  const session = await api.post<SessionResponse>('/api/auth/mfa/passkey', { mfaToken, response }, { auth: false });
  startSession(session);
  return session;
}

export function usePasskeySignIn() {
  return useMutation({ mutationFn: signInWithPasskey });
}
