import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PartnerKeyResponse, PartnerKeyView } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { partnerKeys } from '../../../lib/query-keys.ts';

/** Admins only. From the very next call, the key is refused with 401 INVALID_PARTNER_KEY. Cannot be undone. */
export async function revokePartnerKey({ partnerId, keyId }: { partnerId: string; keyId: string }): Promise<PartnerKeyView> {
  const { key } = await api.post<PartnerKeyResponse>(
    `/api/partners/${encodeURIComponent(partnerId)}/keys/${encodeURIComponent(keyId)}/revoke`,
  );
  return key;
}

export function useRevokePartnerKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokePartnerKey,
    onSuccess: (key) => queryClient.invalidateQueries({ queryKey: partnerKeys.apiKeys(key.partnerId) }),
  });
}
