import { useMutation } from '@tanstack/react-query';
import type { TotpSetupResponse } from '../../../../../api/src/auth/schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** A new authenticator secret for the signed-in person (not active until confirmed). */
export function setUpTotp(): Promise<TotpSetupResponse> {
  return api.post<TotpSetupResponse>('/api/auth/mfa/totp/setup');
}

export function useSetUpTotp() {
  return useMutation({ mutationFn: setUpTotp });
}
