import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CardResponse, CardView, SuspendReason } from '../../../../../api/src/cards/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storeCard } from './card-cache.ts';

/** Until resumed, the card shows as not valid. 409 CARD_STATE_CONFLICT unless active. */
export async function suspendCard({ id, reason }: { id: string; reason: SuspendReason }): Promise<CardView> {
  const { card } = await api.post<CardResponse>(`/api/cards/${encodeURIComponent(id)}/suspend`, { reason });
  return card;
}

export function useSuspendCard() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: suspendCard, onSuccess: (card) => storeCard(queryClient, card) });
}
