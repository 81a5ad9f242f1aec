import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HolderDetail, HolderResponse } from '../../../../../api/src/holders/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storeHolder } from './get-holder.ts';
import { holderKeys } from '../../../lib/query-keys.ts';

export async function removeHolderPhoto(id: string): Promise<HolderDetail> {
  const { holder } = await api.delete<HolderResponse>(`/api/holders/${encodeURIComponent(id)}/photo`);
  return holder;
}

export function useRemoveHolderPhoto() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeHolderPhoto,
    onSuccess: (holder) => {
      queryClient.removeQueries({ queryKey: holderKeys.photos(holder.id) });
      return storeHolder(queryClient, holder);
    },
  });
}
