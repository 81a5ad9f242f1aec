import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateHolderBody, HolderDetail, HolderResponse } from '../../../../../api/src/holders/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storeHolder } from './get-holder.ts';

/** Registers a young carer. 409 REFERENCE_TAKEN (field `reference`) when the service's reference is in use. */
export async function createHolder(body: CreateHolderBody): Promise<HolderDetail> {
  const { holder } = await api.post<HolderResponse>('/api/holders', body);
  return holder;
}

export function useCreateHolder() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createHolder, onSuccess: (holder) => storeHolder(queryClient, holder) });
}
