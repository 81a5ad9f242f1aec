import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SigningKeyResponse, SigningKeyView } from '../../../../../api/src/keys/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { signingKeyKeys } from '../../../lib/query-keys.ts';

/** New cards are signed with a new key; cards signed before keep working. Answers with the new active key. */
export async function rotateSigningKey(): Promise<SigningKeyView> {
  const { key } = await api.post<SigningKeyResponse>('/api/keys/rotate');
  return key;
}

export function useRotateSigningKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateSigningKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: signingKeyKeys.all }),
  });
}
