import { Link } from 'react-router';
import type { CardListItem } from '../../../../../api/src/cards/schemas.ts';
import { CardStatusBadge } from '../../../components/card-status-badge.tsx';
import { paths } from '../../../config/paths.ts';
import { formatCalendarDate, formatDate, formatTimeUntil } from '../../../lib/format-date.ts';
import { fullName, preferredNameNote } from '../../../lib/format-name.ts';

/** Cards ticked for a print sheet; only current (active or suspended) cards can be printed. */
export type CardSelection = {
  selected: ReadonlySet<string>;
  onChange: (cardIds: string[], selected: boolean) => void;
};

export function isPrintable(card: Pick<CardListItem['card'], 'status'>): boolean {
  return card.status === 'active' || card.status === 'suspended';
}

export function CardsTable({ items, selection }: { items: CardListItem[]; selection?: CardSelection }) {
  const printableIds = items.filter(({ card }) => isPrintable(card)).map(({ card }) => card.id);
  const selectedHere = selection ? printableIds.filter((id) => selection.selected.has(id)).length : 0;
  const allSelected = printableIds.length > 0 && selectedHere === printableIds.length;

  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Cards</caption>
        <thead>
          <tr>
            {selection ? (
              <th scope="col" className="data-table__select">
                <input
                  type="checkbox"
                  className="table-checkbox"
                  aria-label="Select every printable card on this page"
                  checked={allSelected}
                  disabled={printableIds.length === 0}
                  ref={(input) => {
                    if (input) input.indeterminate = selectedHere > 0 && !allSelected;
                  }}
                  onChange={(event) => selection.onChange(printableIds, event.currentTarget.checked)}
                />
              </th>
            ) : null}
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
            const current = isPrintable(card);
            return (
              <tr key={card.id} className={selection?.selected.has(card.id) ? 'data-table__row--selected' : undefined}>
                {selection ? (
                  <td data-label="Print" className="data-table__select">
                    <input
                      type="checkbox"
                      className="table-checkbox"
                      aria-label={current ? `Select card ${card.number} for printing` : `Card ${card.number} cannot be printed: it is ${card.status}`}
                      title={current ? undefined : `A ${card.status} card cannot be printed`}
                      checked={current && selection.selected.has(card.id)}
                      disabled={!current}
                      onChange={(event) => selection.onChange([card.id], event.currentTarget.checked)}
                    />
                  </td>
                ) : null}
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
