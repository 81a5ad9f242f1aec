import { Link } from 'react-router';
import type { CardListItem } from '../../../../../api/src/cards/schemas.ts';
import { CardStatusBadge } from '../../../components/card-status-badge.tsx';
import { paths } from '../../../config/paths.ts';
import { formatCalendarDate, formatDate, formatTimeUntil } from '../../../lib/format-date.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
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
  const { t } = useTranslation();
  const printableIds = items.filter(({ card }) => isPrintable(card)).map(({ card }) => card.id);
  const selectedHere = selection ? printableIds.filter((id) => selection.selected.has(id)).length : 0;
  const allSelected = printableIds.length > 0 && selectedHere === printableIds.length;

  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t('holders.record.cards')}</caption>
        <thead>
          <tr>
            {selection ? (
              <th scope="col" className="data-table__select">
                <input
                  type="checkbox"
                  className="table-checkbox"
                  aria-label={t('cards.table.selectAll')}
                  checked={allSelected}
                  disabled={printableIds.length === 0}
                  ref={(input) => {
                    if (input) input.indeterminate = selectedHere > 0 && !allSelected;
                  }}
                  onChange={(event) => selection.onChange(printableIds, event.currentTarget.checked)}
                />
              </th>
            ) : null}
            <th scope="col">{t('cards.holderCards.number')}</th>
            <th scope="col">{t('cards.table.holder')}</th>
            <th scope="col">{t('cards.facts.status')}</th>
            <th scope="col">{t('cards.facts.issued')}</th>
            <th scope="col">{t('cards.holderCards.expires')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ card, holder }) => {
            const preferred = preferredNameNote(holder);
            const current = isPrintable(card);
            return (
              <tr key={card.id} className={selection?.selected.has(card.id) ? 'data-table__row--selected' : undefined}>
                {selection ? (
                  <td data-label={t('cards.table.print')} className="data-table__select">
                    <input
                      type="checkbox"
                      className="table-checkbox"
                      aria-label={current ? t('cards.table.select', { number: card.number }) : t('cards.table.cannotPrint', { number: card.number, status: t(`cards.status.${card.status}`).toLowerCase() })}
                      title={current ? undefined : t('cards.table.cannotPrintTitle', { status: t(`cards.status.${card.status}`).toLowerCase() })}
                      checked={current && selection.selected.has(card.id)}
                      disabled={!current}
                      onChange={(event) => selection.onChange([card.id], event.currentTarget.checked)}
                    />
                  </td>
                ) : null}
                <th scope="row" data-label={t('cards.holderCards.number')}>
                  <Link className="card-number" to={paths.cards.detail.getHref(card.id)}>
                    {card.number}
                  </Link>
                </th>
                <td data-label={t('cards.table.holder')}>
                  <Link to={paths.holders.detail.getHref(holder.id)}>{fullName(holder)}</Link>
                  {preferred ? <span className="cell-note">{preferred}</span> : null}
                </td>
                <td data-label={t('cards.facts.status')}>
                  <CardStatusBadge status={card.status} />
                </td>
                <td data-label={t('cards.facts.issued')}>
                  <time dateTime={card.issuedAt}>{formatDate(card.issuedAt)}</time>
                </td>
                <td data-label={t('cards.holderCards.expires')}>
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
