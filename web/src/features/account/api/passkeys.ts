import { startRegistration, type PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PasskeyList } from '../../../../../api/src/auth/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { accountKeys } from '../../../lib/query-keys.ts';
import { getSessionState, setSessionState } from '../../../lib/session.ts';

export const getPasskeysQueryOptions = () =>
  queryOptions({ queryKey: accountKeys.passkeys(), queryFn: ({ signal }) => api.get<PasskeyList>('/api/auth/passkeys', { signal }) });

export function usePasskeys() {
  return useQuery(getPasskeysQueryOptions());
}

type Added = { id: string; recoveryCodes?: string[] };

/** Asks the server for options, lets the browser make the passkey (the person unlocks their device), and sends the answer back. */
async function addPasskey(name: string): Promise<Added> {
  const { options } = await api.post<{ options: PublicKeyCredentialCreationOptionsJSON }>('/api/auth/passkeys/options');
  const response = await startRegistration({ optionsJSON: options });
  return api.post<Added>('/api/auth/passkeys', { name, response });
}

/** The session's copy of the user counts the passkey at once (the account page and the enrolment gate read it). */
function countPasskey(change: 1 | -1) {
  const state = getSessionState();
  if (state.status !== 'signed-in') return;
  const passkeys = Math.max(0, state.user.passkeys + change);
  setSessionState({ ...state, user: { ...state.user, passkeys, mfaEnabled: state.user.authenticatorApp || passkeys > 0 } });
}

export function useAddPasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addPasskey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.passkeys() }),
  });
}

/** After the recovery codes of a first passkey are put away (or at once, for a later one). */
export function markPasskeyAdded(): void {
  countPasskey(1);
  const state = getSessionState();
  if (state.status === 'signed-in') setSessionState({ ...state, mfaEnrolmentRequired: false });
}

export function useRemovePasskey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/api/auth/passkeys/${encodeURIComponent(id)}`),
    onSuccess: () => {
      countPasskey(-1);
      return queryClient.invalidateQueries({ queryKey: accountKeys.passkeys() });
    },
  });
}
