import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { pageFromParam, Pagination } from '../../../components/ui/pagination.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { HOLDERS_PAGE_SIZE, useHolders } from '../api/get-holders.ts';
import { HolderSearchForm, type HolderSearchValues } from './holder-search-form.tsx';
import { HoldersTable } from './holders-table.tsx';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The search and its results. The search lives in the URL, so it survives Back and can be bookmarked. */
export function HolderList() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const values: HolderSearchValues = { q: searchParams.get('q') ?? '', dateOfBirth: searchParams.get('dateOfBirth') ?? '' };
  const page = pageFromParam(searchParams.get('page'));
  const holders = useHolders({
    ...(values.q ? { q: values.q } : {}),
    ...(DATE.test(values.dateOfBirth) ? { dateOfBirth: values.dateOfBirth } : {}),
    page,
    pageSize: HOLDERS_PAGE_SIZE,
  });

  function search(next: HolderSearchValues) {
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.dateOfBirth) params.set('dateOfBirth', next.dateOfBirth);
    setSearchParams(params);
  }

  function hrefForPage(target: number) {
    const params = new URLSearchParams(searchParams);
    if (target > 1) params.set('page', String(target));
    else params.delete('page');
    return `?${params.toString()}`;
  }

  const searching = Boolean(values.q || values.dateOfBirth);

  return (
    <>
      <HolderSearchForm values={values} onSearch={search} />
      <section aria-labelledby="holder-results-title" aria-busy={holders.isFetching}>
        <h2 id="holder-results-title" className="section-title" tabIndex={-1}>
          {searching ? t('holders.list.results') : t('holders.list.all')}
        </h2>
        {holders.isPending ? (
          <Loading label={t('holders.list.loading')} />
        ) : holders.isError ? (
          <Alert tone="error" title={t('holders.list.loadFailed')}>
            <p>{errorMessage(holders.error)}</p>
            <button type="button" className="button button--secondary" onClick={() => void holders.refetch()}>
              {t('holders.list.tryAgain')}
            </button>
          </Alert>
        ) : holders.data.items.length === 0 ? (
          <p className="empty-state">
            {searching ? t('holders.list.noMatch') : t('holders.list.none')}
          </p>
        ) : (
          <>
            <HoldersTable holders={holders.data.items} />
            <Pagination
              page={holders.data.page}
              pageSize={holders.data.pageSize}
              total={holders.data.total}
              hrefForPage={hrefForPage}
              headingId="holder-results-title"
              countLabel={(count) => t('holders.list.count', { count })}
            />
          </>
        )}
      </section>
    </>
  );
}
