import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HolderDetail, HolderResponse, UpdateHolderBody } from '../../../../../api/src/holders/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storeHolder } from './get-holder.ts';
import { cardKeys } from '../../../lib/query-keys.ts';

/** Sends only the fields that changed; null clears an optional one. */
export async function updateHolder({ id, changes }: { id: string; changes: UpdateHolderBody }): Promise<HolderDetail> {
  const { holder } = await api.patch<HolderResponse>(`/api/holders/${encodeURIComponent(id)}`, changes);
  return holder;
}

export function useUpdateHolder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateHolder,
    onSuccess: (holder) =>
      Promise.all([
        storeHolder(queryClient, holder),
        // Card lists show whose each card is; the cards feature keeps them under 'cards'.
        queryClient.invalidateQueries({ queryKey: cardKeys.lists() }),
      ]),
  });
}
