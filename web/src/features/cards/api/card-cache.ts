import type { QueryClient } from '@tanstack/react-query';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import { cardQueryKey, cardsQueryKey } from './get-card.ts';

/**
 * After a card changes (or a new one is made): show the API's answer at once,
 * and refresh what lists cards. A young carer's record lists their cards and
 * their history; the holders feature keeps it under ['holders', 'detail', id]
 * and its search results under ['holders', 'list'] (named here, not imported,
 * so the features stay independent).
 */
export function storeCard(
  queryClient: QueryClient,
  card: CardView,
  { replacedCardId }: { replacedCardId?: string } = {},
): Promise<unknown> {
  queryClient.setQueryData(cardQueryKey(card.id), card);
  return Promise.all([
    // A reissue or renewal also revokes the card it replaces.
    replacedCardId ? queryClient.invalidateQueries({ queryKey: cardQueryKey(replacedCardId) }) : null,
    queryClient.invalidateQueries({ queryKey: [...cardsQueryKey, 'list'] }),
    queryClient.invalidateQueries({ queryKey: ['holders', 'detail', card.holderId] }),
    queryClient.invalidateQueries({ queryKey: ['holders', 'list'] }),
  ]);
}
