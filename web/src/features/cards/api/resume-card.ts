import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CardResponse, CardView } from '../../../../../api/src/cards/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storeCard } from './card-cache.ts';

/** 409 CARD_STATE_CONFLICT unless suspended. */
export async function resumeCard(id: string): Promise<CardView> {
  const { card } = await api.post<CardResponse>(`/api/cards/${encodeURIComponent(id)}/resume`);
  return card;
}

export function useResumeCard() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: resumeCard, onSuccess: (card) => storeCard(queryClient, card) });
}
