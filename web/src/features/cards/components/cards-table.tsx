import { Link } from 'react-router';
import type { CardListItem } from '../../../../../api/src/cards/schemas.ts';
import { CardStatusBadge } from '../../../components/card-status-badge.tsx';
import { paths } from '../../../config/paths.ts';
import { formatCalendarDate, formatDate, formatTimeUntil } from '../../../lib/format-date.ts';
import { fullName, preferredNameNote } from '../../../lib/format-name.ts';

export function CardsTable({ items }: { items: CardListItem[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Cards</caption>
        <thead>
          <tr>
            <th scope="col">Card number</th>
            <th scope="col">Young carer</th>
            <th scope="col">Status</th>
            <th scope="col">Issued</th>
            <th scope="col">Expires</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ card, holder }) => {
            const preferred = preferredNameNote(holder);
            const current = card.status === 'active' || card.status === 'suspended';
            return (
              <tr key={card.id}>
                <th scope="row" data-label="Card number">
                  <Link className="card-number" to={paths.cards.detail.getHref(card.id)}>
                    {card.number}
                  </Link>
                </th>
                <td data-label="Young carer">
                  <Link to={paths.holders.detail.getHref(holder.id)}>{fullName(holder)}</Link>
                  {preferred ? <span className="cell-note">{preferred}</span> : null}
                </td>
                <td data-label="Status">
                  <CardStatusBadge status={card.status} />
                </td>
                <td data-label="Issued">
                  <time dateTime={card.issuedAt}>{formatDate(card.issuedAt)}</time>
                </td>
                <td data-label="Expires">
                  <time dateTime={card.expiresOn}>{formatCalendarDate(card.expiresOn)}</time>
                  {current ? <span className="cell-note">{formatTimeUntil(card.expiresAt)}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
