import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CardResponse, CardView, ReissueReason } from '../../../../../api/src/cards/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storeCard } from './card-cache.ts';

/** Lost, stolen or damaged: answers with the NEW card (same expiry); the old one is revoked. */
export async function reissueCard({ id, reason }: { id: string; reason: ReissueReason }): Promise<CardView> {
  const { card } = await api.post<CardResponse>(`/api/cards/${encodeURIComponent(id)}/reissue`, { reason });
  return card;
}

export function useReissueCard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reissueCard,
    onSuccess: (card, { id }) => storeCard(queryClient, card, { replacedCardId: id }),
  });
}
