import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedPartnerKey } from '../../../../../api/src/partners/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { partnerKeys } from '../../../lib/query-keys.ts';

/** Admins only. The answer holds the key's secret, the only time it is ever shown; the API keeps only its hash. */
export function createPartnerKey({ partnerId, name }: { partnerId: string; name: string }): Promise<CreatedPartnerKey> {
  return api.post<CreatedPartnerKey>(`/api/partners/${encodeURIComponent(partnerId)}/keys`, { name });
}

export function useCreatePartnerKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPartnerKey,
    onSuccess: ({ key }) => queryClient.invalidateQueries({ queryKey: partnerKeys.apiKeys(key.partnerId) }),
  });
}
