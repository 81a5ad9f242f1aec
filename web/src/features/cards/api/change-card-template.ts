import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CardResponse, CardTemplateBody, CardView } from '../../../../../api/src/cards/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { storeCard } from './card-cache.ts';

/** The layout the card prints with; its number, QR code and dates stay the same. 400 UNKNOWN_TEMPLATE. */
export async function changeCardTemplate({ id, template }: { id: string } & CardTemplateBody): Promise<CardView> {
  const { card } = await api.put<CardResponse>(`/api/cards/${encodeURIComponent(id)}/template`, { template } satisfies CardTemplateBody);
  return card;
}

export function useChangeCardTemplate() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: changeCardTemplate, onSuccess: (card) => storeCard(queryClient, card) });
}
