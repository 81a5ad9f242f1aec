import { Link } from 'react-router';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import { CardStatusBadge } from '../../../components/card-status-badge.tsx';
import { paths } from '../../../config/paths.ts';
import { formatCalendarDate, formatDate } from '../../../lib/format-date.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { statusReasonLabel, suspendReasonLabel } from './card-labels.ts';

/** A young carer's cards, newest first (as the API sends them). */
export function HolderCards({ cards }: { cards: CardView[] }) {
  const { t } = useTranslation();
  if (cards.length === 0) return <p className="empty-state">{t('cards.holderCards.none')}</p>;
  const numbers = new Map(cards.map((card) => [card.id, card.number]));
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t('cards.holderCards.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cards.holderCards.number')}</th>
            <th scope="col">{t('cards.facts.status')}</th>
            <th scope="col">{t('cards.facts.issued')}</th>
            <th scope="col">{t('cards.holderCards.expires')}</th>
            <th scope="col">{t('cards.holderCards.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {cards.map((card) => (
            <tr key={card.id}>
              <th scope="row" data-label={t('cards.holderCards.number')}>
                <Link className="card-number" to={paths.cards.detail.getHref(card.id)}>
                  {card.number}
                </Link>
              </th>
              <td data-label={t('cards.facts.status')}>
                <CardStatusBadge status={card.status} />
              </td>
              <td data-label={t('cards.facts.issued')}>
                <time dateTime={card.issuedAt}>{formatDate(card.issuedAt)}</time>
              </td>
              <td data-label={t('cards.holderCards.expires')}>
                <time dateTime={card.expiresOn}>{formatCalendarDate(card.expiresOn)}</time>
              </td>
              <td data-label={t('cards.holderCards.notes')}>
                <CardNotes card={card} replaces={card.replacesCardId ? numbers.get(card.replacesCardId) : undefined} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CardNotes({ card, replaces }: { card: CardView; replaces: string | undefined }) {
  const { t } = useTranslation();
  const notes: string[] = [];
  if (card.statusReason && card.status === 'suspended') notes.push(t('cards.holderCards.suspendedBecause', { reason: suspendReasonLabel(card.statusReason).toLowerCase() }));
  if (card.statusReason && card.status === 'revoked') notes.push(t('cards.holderCards.revokedBecause', { reason: statusReasonLabel(card.statusReason).toLowerCase() }));
  if (card.replacesCardId) notes.push(replaces ? t('cards.holderCards.replaces', { number: replaces }) : t('cards.holderCards.replacesEarlier'));
  if (notes.length === 0) return <span className="muted">–</span>;
  return (
    <>
      {notes.map((note) => (
        <span key={note} className="cell-line">
          {note}
        </span>
      ))}
    </>
  );
}
