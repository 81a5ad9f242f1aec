import type { Card } from '../generated/sqlite/client.ts';
import { expiresOnDate } from './card-expiry.ts';
import { formatCardNumber } from './card-number.ts';
import type { CardStatus, CardView } from './schemas.ts';

export function cardStatus(card: Pick<Card, 'status' | 'expiresAt'>, now: Date): CardStatus {
  if (card.status === 'revoked') return 'revoked';
  if (card.expiresAt <= now) return 'expired';
  return card.status === 'suspended' ? 'suspended' : 'active';
}

export function verifyUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/v#${token}`;
}

export function toCardView(card: Card, publicUrl: string, now: Date): CardView {
  return {
    id: card.id,
    holderId: card.holderId,
    number: formatCardNumber(card.number),
    status: cardStatus(card, now),
    template: card.template,
    issuedAt: card.issuedAt.toISOString(),
    expiresAt: card.expiresAt.toISOString(),
    expiresOn: expiresOnDate(card.expiresAt),
    statusChangedAt: card.statusChangedAt?.toISOString() ?? null,
    statusReason: card.statusReason,
    replacesCardId: card.replacesCardId,
    token: card.token,
    verifyUrl: verifyUrl(publicUrl, card.token),
  };
}
