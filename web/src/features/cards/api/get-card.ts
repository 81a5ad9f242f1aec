import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CardResponse, CardView } from '../../../../../api/src/cards/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { cardKeys } from '../../../lib/query-keys.ts';

export async function getCard(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<CardView> {
  const { card } = await api.get<CardResponse>(`/api/cards/${encodeURIComponent(id)}`, signal ? { signal } : {});
  return card;
}

export const getCardQueryOptions = (id: string) =>
  queryOptions({ queryKey: cardKeys.detail(id), queryFn: ({ signal }) => getCard(id, { signal }) });

export function useCard(id: string) {
  return useQuery(getCardQueryOptions(id));
}
