import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CardResponse, CardView } from '../../../../../api/src/cards/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storeCard } from './card-cache.ts';

/** Answers with the NEW card and a new expiry; the old one, if still current, is revoked as superseded. */
export async function renewCard(id: string): Promise<CardView> {
  const { card } = await api.post<CardResponse>(`/api/cards/${encodeURIComponent(id)}/renew`);
  return card;
}

export function useRenewCard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renewCard,
    onSuccess: (card, id) => storeCard(queryClient, card, { replacedCardId: id }),
  });
}
