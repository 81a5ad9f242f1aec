import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CardListQuery } from '../../../../../api/src/cards/schemas.ts';
import { isCardStatus } from '../../../components/card-status-badge.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { pageFromParam, Pagination } from '../../../components/ui/pagination.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { CARDS_PAGE_SIZE, useCards } from '../api/get-cards.ts';
import { CardFiltersForm, EXPIRY_MAX_DAYS, type CardFilterValues } from './card-filters.tsx';
import { CardsTable, type CardSelection } from './cards-table.tsx';
import { PrintSheets } from './print-sheets.tsx';

function toQuery(values: CardFilterValues, page: number): CardListQuery {
  const query: CardListQuery = { page, pageSize: CARDS_PAGE_SIZE };
  if (values.status) query.status = values.status;
  const days = Number(values.expiringWithinDays);
  if (values.expiringWithinDays && Number.isInteger(days) && days >= 0 && days <= EXPIRY_MAX_DAYS) {
    query.expiringWithinDays = days;
  }
  return query;
}

/**
 * Every card, filtered by status or coming expiry; the filters live in the URL.
 * Cards ticked for printing stay ticked across pages and filters, in the order ticked.
 */
export function CardList() {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status') ?? '';
  const values: CardFilterValues = {
    // Only a status the API knows: anything else in the URL is no filter.
    status: isCardStatus(statusParam) ? statusParam : '',
    expiringWithinDays: searchParams.get('expiringWithinDays') ?? '',
  };
  const page = pageFromParam(searchParams.get('page'));
  const cards = useCards(toQuery(values, page));
  const filtered = Boolean(values.status || values.expiringWithinDays);

  function apply(next: CardFilterValues) {
    const params = new URLSearchParams();
    if (next.status) params.set('status', next.status);
    if (next.expiringWithinDays) params.set('expiringWithinDays', next.expiringWithinDays);
    setSearchParams(params);
  }

  const selection: CardSelection = {
    selected,
    onChange: (cardIds, add) =>
      setSelected((previous) => {
        const next = new Set(previous);
        for (const id of cardIds) {
          if (add) next.add(id);
          else next.delete(id);
        }
        return next;
      }),
  };

  function hrefForPage(target: number) {
    const params = new URLSearchParams(searchParams);
    if (target > 1) params.set('page', String(target));
    else params.delete('page');
    return `?${params.toString()}`;
  }

  return (
    <>
      <CardFiltersForm values={values} onApply={apply} />
      <PrintSheets selectedIds={[...selected]} onClearSelection={() => setSelected(new Set())} />
      <section aria-labelledby="card-results-title" aria-busy={cards.isFetching}>
        <h2 id="card-results-title" className="section-title" tabIndex={-1}>
          {values.expiringWithinDays
            ? t('cards.list.expiringWithin', { days: Number(values.expiringWithinDays) })
            : filtered
              ? t('cards.list.matching')
              : t('cards.list.all')}
        </h2>
        {cards.isPending ? (
          <Loading label={t('cards.list.loading')} />
        ) : cards.isError ? (
          <Alert tone="error" title={t('cards.list.loadFailed')}>
            <p>{errorMessage(cards.error)}</p>
            <button type="button" className="button button--secondary" onClick={() => void cards.refetch()}>
              {t('holders.list.tryAgain')}
            </button>
          </Alert>
        ) : cards.data.items.length === 0 ? (
          <p className="empty-state">{filtered ? t('cards.list.noMatch') : t('cards.list.none')}</p>
        ) : (
          <>
            <CardsTable items={cards.data.items} selection={selection} />
            <Pagination
              page={cards.data.page}
              pageSize={cards.data.pageSize}
              total={cards.data.total}
              hrefForPage={hrefForPage}
              headingId="card-results-title"
              countLabel={(count) => t('cards.list.count', { count })}
            />
          </>
        )}
      </section>
    </>
  );
}
