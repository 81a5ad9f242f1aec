import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ErasureResult } from '../../../../../api/src/retention/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { cardKeys, holderKeys, retentionKeys } from '../../../lib/query-keys.ts';

/** Admins only (staff get 403). `confirmName` is the young carer's given and family name, as typed. */
export function eraseHolder({ holderId, confirmName }: { holderId: string; confirmName: string }): Promise<ErasureResult> {
  return api.post<ErasureResult>(`/api/holders/${encodeURIComponent(holderId)}/erase`, { confirmName });
}

export function useEraseHolder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eraseHolder,
    onSuccess: async (result) => {
      // Nothing about them is kept: drop what this browser holds, not only refresh it.
      queryClient.removeQueries({ queryKey: holderKeys.detail(result.holderId) });
      queryClient.removeQueries({ queryKey: holderKeys.photos(result.holderId) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: holderKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: cardKeys.all }),
        queryClient.invalidateQueries({ queryKey: retentionKeys.all }),
      ]);
    },
  });
}
