import { useMutation } from '@tanstack/react-query';
import type { RecoveryCodesResponse, TotpConfirmBody } from '../../../../../api/src/auth/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { getSessionState, setSessionState } from '../../../lib/session.ts';

/** Switches two-step sign-in on with one code from the app; answers the recovery codes, shown once. */
export async function confirmTotp(body: TotpConfirmBody): Promise<RecoveryCodesResponse> {
  return api.post<RecoveryCodesResponse>('/api/auth/mfa/totp/confirm', body);
}

/** Once the recovery codes are put away: the session is a full one now. */
export function markMfaEnrolled(): void {
  const state = getSessionState();
  if (state.status === 'signed-in') setSessionState({ ...state, user: { ...state.user, mfaEnabled: true, authenticatorApp: true }, mfaEnrolmentRequired: false });
}

export function useConfirmTotp() {
  return useMutation({ mutationFn: confirmTotp });
}
