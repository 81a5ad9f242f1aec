import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CardResponse, CardView, RevokeReason } from '../../../../../api/src/cards/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storeCard } from './card-cache.ts';

/** For good: a revoked card cannot be resumed. 409 CARD_STATE_CONFLICT unless active or suspended. */
export async function revokeCard({ id, reason }: { id: string; reason: RevokeReason }): Promise<CardView> {
  const { card } = await api.post<CardResponse>(`/api/cards/${encodeURIComponent(id)}/revoke`, { reason });
  return card;
}

export function useRevokeCard() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeCard, onSuccess: (card) => storeCard(queryClient, card) });
}
