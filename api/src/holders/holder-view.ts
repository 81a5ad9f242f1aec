import { DEFAULT_CARD_LANGUAGE, DEFAULT_LANGUAGE, isCardLanguage, isMessageLanguage } from '../shared/languages.ts';
import type { AuditEventView } from '../audit/schemas.ts';
import { cardExpiry, expiresOnDate } from '../cards/card-expiry.ts';
import { formatCardNumber } from '../cards/card-number.ts';
import { cardStatus } from '../cards/card-view.ts';
import type { CardView } from '../cards/schemas.ts';
import type { Card, Holder } from '../generated/sqlite/client.ts';
import type { HolderDetail, HolderSummary, NewCardTerms } from './schemas.ts';

/**
 * Staff-only photo address. `v` is the stored file's random name, so it
 * changes with every new photo and a browser never shows a stale one.
 */
export function photoUrlOf(holder: Pick<Holder, 'id' | 'photoFile'>): string | null {
  if (!holder.photoFile) return null;
  return `/api/holders/${encodeURIComponent(holder.id)}/photo?v=${encodeURIComponent(holder.photoFile.replace(/\.jpg$/, ''))}`;
}

export function toHolderDetail(holder: Holder, cards: CardView[], history: AuditEventView[], newCard: NewCardTerms): HolderDetail {
  // Every column of the holder is shown to staff, but the stored photo file name and the search text.
  const { photoFile: _photoFile, searchText: _searchText, ...fields } = holder;
  return {
    ...fields,
    language: isMessageLanguage(holder.language) ? holder.language : DEFAULT_LANGUAGE,
    cardLanguage: isCardLanguage(holder.cardLanguage) ? holder.cardLanguage : DEFAULT_CARD_LANGUAGE,
    consentAt: holder.consentAt.toISOString(),
    photoUrl: photoUrlOf(holder),
    createdAt: holder.createdAt.toISOString(),
    updatedAt: holder.updatedAt.toISOString(),
    cards,
    history,
    newCard,
  };
}

/** What a card issued at `at` would be, by the same rule issuing uses (cards/card-expiry.ts). */
export function newCardTerms(dateOfBirth: string, at: Date, rules: { validityMonths: number; maxAge: number }): NewCardTerms {
  const { validityMonths, maxAge } = rules;
  const expiry = cardExpiry(at, dateOfBirth, rules);
  if ('tooOld' in expiry) return { expiresOn: null, endsBecause: 'too_old', validityMonths, maxAge };
  return { expiresOn: expiry.expiresOn, endsBecause: expiry.limitedByAge ? 'age_limit' : 'validity', validityMonths, maxAge };
}

/** The card staff mean by "their card": the active or suspended one, else the newest. `cards` must be newest first. */
export function currentCardOf(cards: Card[]): Card | undefined {
  return cards.find((c) => c.status === 'active' || c.status === 'suspended') ?? cards[0];
}

export function toHolderSummary(holder: Holder & { cards: Card[] }, now: Date): HolderSummary {
  const card = currentCardOf(holder.cards);
  return {
    id: holder.id,
    givenName: holder.givenName,
    familyName: holder.familyName,
    preferredName: holder.preferredName,
    dateOfBirth: holder.dateOfBirth,
    reference: holder.reference,
    hasPhoto: holder.photoFile !== null,
    currentCard: card
      ? {
          id: card.id,
          number: formatCardNumber(card.number),
          status: cardStatus(card, now),
          expiresAt: card.expiresAt.toISOString(),
          expiresOn: expiresOnDate(card.expiresAt),
        }
      : null,
  };
}
