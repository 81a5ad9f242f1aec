import { Link } from 'react-router';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import { CardStatusBadge } from '../../../components/card-status-badge.tsx';
import { paths } from '../../../config/paths.ts';
import { formatCalendarDate, formatDate } from '../../../lib/format-date.ts';
import { statusReasonLabel, suspendReasonLabel } from './card-labels.ts';

/** A young carer's cards, newest first (as the API sends them). */
export function HolderCards({ cards }: { cards: CardView[] }) {
  if (cards.length === 0) return <p className="empty-state">No cards yet.</p>;
  const numbers = new Map(cards.map((card) => [card.id, card.number]));
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Cards, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Card number</th>
            <th scope="col">Status</th>
            <th scope="col">Issued</th>
            <th scope="col">Expires</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {cards.map((card) => (
            <tr key={card.id}>
              <th scope="row" data-label="Card number">
                <Link className="card-number" to={paths.cards.detail.getHref(card.id)}>
                  {card.number}
                </Link>
              </th>
              <td data-label="Status">
                <CardStatusBadge status={card.status} />
              </td>
              <td data-label="Issued">
                <time dateTime={card.issuedAt}>{formatDate(card.issuedAt)}</time>
              </td>
              <td data-label="Expires">
                <time dateTime={card.expiresOn}>{formatCalendarDate(card.expiresOn)}</time>
              </td>
              <td data-label="Notes">
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
  const notes: string[] = [];
  if (card.statusReason && card.status === 'suspended') notes.push(`Suspended: ${suspendReasonLabel(card.statusReason).toLowerCase()}`);
  if (card.statusReason && card.status === 'revoked') notes.push(`Revoked: ${statusReasonLabel(card.statusReason).toLowerCase()}`);
  if (card.replacesCardId) notes.push(replaces ? `Replaces ${replaces}` : 'Replaces an earlier card');
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
