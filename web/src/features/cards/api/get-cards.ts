import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CardList, CardListQuery } from '../../../../../api/src/cards/schemas.ts';
import { api } from '../../../lib/api-client.ts';
import { cardKeys } from '../../../lib/query-keys.ts';

export const CARDS_PAGE_SIZE = 50;

export function getCards(query: CardListQuery, { signal }: { signal?: AbortSignal } = {}): Promise<CardList> {
  return api.get<CardList>('/api/cards', { query, ...(signal ? { signal } : {}) });
}

export const getCardsQueryOptions = (query: CardListQuery) =>
  queryOptions({
    queryKey: cardKeys.list(query),
    queryFn: ({ signal }) => getCards(query, { signal }),
    placeholderData: keepPreviousData,
  });

/** Cards by status, or expiring within N days (soonest first). */
export function useCards(query: CardListQuery) {
  return useQuery(getCardsQueryOptions(query));
}
