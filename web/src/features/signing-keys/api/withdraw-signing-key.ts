import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SigningKeyResponse, SigningKeyView } from '../../../../../api/src/keys/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { signingKeyKeys } from '../../../lib/query-keys.ts';

/**
 * For a compromised key: every card it signed is NOT VALID from now on.
 * Withdrawing the active key makes a new one first. 409 KEY_STATE_CONFLICT
 * when already withdrawn.
 */
export async function withdrawSigningKey(kid: string): Promise<SigningKeyView> {
  const { key } = await api.post<SigningKeyResponse>(`/api/keys/${encodeURIComponent(kid)}/withdraw`);
  return key;
}

export function useWithdrawSigningKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: withdrawSigningKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: signingKeyKeys.all }),
  });
}
