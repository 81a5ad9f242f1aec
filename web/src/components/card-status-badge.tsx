import type { CardStatus } from '../../../api/src/cards/schemas.ts';

/**
 * A card's status in words and colour (never colour alone). Shared by the
 * young carers list, which shows each one's current card, and the card pages.
 */
export const cardStatusLabel: Record<CardStatus, string> = {
  active: 'Active',
  suspended: 'Suspended',
  revoked: 'Revoked',
  expired: 'Expired',
};

/** What the status means when a partner scans the card. */
export const cardStatusDescription: Record<CardStatus, string> = {
  active: 'Shows as valid when scanned',
  suspended: 'Shows as not valid until it is resumed',
  revoked: 'Shows as not valid, for good',
  expired: 'Past its expiry date: shows as expired',
};

export function isCardStatus(status: string): status is CardStatus {
  return Object.hasOwn(cardStatusLabel, status);
}

export function CardStatusBadge({ status }: { status: CardStatus }) {
  return (
    <span className={`badge badge--card-${status}`} title={cardStatusDescription[status]}>
      {cardStatusLabel[status]}
    </span>
  );
}
