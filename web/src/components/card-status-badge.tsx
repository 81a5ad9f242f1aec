import type { CardStatus } from '../../../api/src/cards/schemas.ts';
import { useTranslation } from '../i18n/use-translation.ts';

/**
 * A card's status in words and colour (never colour alone). Shared by the
 * young carers list, which shows each one's current card, and the card pages.
 * The maps hold catalogue keys: show them with t().
 */
export const cardStatusLabel: Record<CardStatus, string> = {
  active: 'cards.status.active',
  suspended: 'cards.status.suspended',
  revoked: 'cards.status.revoked',
  expired: 'cards.status.expired',
};

/** What the status means when a partner scans the card. */
export const cardStatusDescription: Record<CardStatus, string> = {
  active: 'cards.statusMeaning.active',
  suspended: 'cards.statusMeaning.suspended',
  revoked: 'cards.statusMeaning.revoked',
  expired: 'cards.statusMeaning.expired',
};

export function isCardStatus(status: string): status is CardStatus {
  return Object.hasOwn(cardStatusLabel, status);
}

export function CardStatusBadge({ status }: { status: CardStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--card-${status}`} title={t(cardStatusDescription[status])}>
      {t(cardStatusLabel[status])}
    </span>
  );
}
