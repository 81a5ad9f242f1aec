import type { QueryClient } from '@tanstack/react-query';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import { cardKeys, holderKeys } from '../../../lib/query-keys.ts';

/**
 * After a card changes (or a new one is made): show the API's answer at once,
 * and refresh what lists cards: the card lists, and the young carer's record
 * (their cards and history) and the search results showing their current card.
 */
export function storeCard(
  queryClient: QueryClient,
  card: CardView,
  { replacedCardId }: { replacedCardId?: string } = {},
): Promise<unknown> {
  queryClient.setQueryData(cardKeys.detail(card.id), card);
  return Promise.all([
    // A reissue or renewal also revokes the card it replaces.
    replacedCardId ? queryClient.invalidateQueries({ queryKey: cardKeys.detail(replacedCardId) }) : null,
    queryClient.invalidateQueries({ queryKey: cardKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: holderKeys.detail(card.holderId) }),
    queryClient.invalidateQueries({ queryKey: holderKeys.lists() }),
  ]);
}
