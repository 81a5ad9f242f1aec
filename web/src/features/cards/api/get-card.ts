import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CardResponse, CardView } from '../../../../../api/src/cards/schemas.ts';
import { api } from '../../../lib/api-client.ts';

/** Every cards query lives under this root. */
export const cardsQueryKey = ['cards'] as const;
export const cardQueryKey = (id: string) => [...cardsQueryKey, 'detail', id] as const;

export async function getCard(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<CardView> {
  const { card } = await api.get<CardResponse>(`/api/cards/${encodeURIComponent(id)}`, signal ? { signal } : {});
  return card;
}

export const getCardQueryOptions = (id: string) =>
  queryOptions({ queryKey: cardQueryKey(id), queryFn: ({ signal }) => getCard(id, { signal }) });

export function useCard(id: string) {
  return useQuery(getCardQueryOptions(id));
}
