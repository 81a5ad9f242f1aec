import { useSearchParams } from 'react-router';
import type { PartnerSummary } from '../../../../../api/src/partners/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { usePartners } from '../api/get-partners.ts';
import { PartnerFiltersForm, type PartnerFilterValues } from './partner-filters.tsx';
import { isPartnerCategory } from './partner-labels.ts';
import { PartnersTable } from './partners-table.tsx';

/** Case- and accent-insensitive, so "cafe" finds "Café". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en-GB');

function matches(partner: PartnerSummary, values: PartnerFilterValues): boolean {
  if (isPartnerCategory(values.category) && partner.category !== values.category) return false;
  if (!values.q) return true;
  const words = fold(values.q).split(/\s+/).filter(Boolean);
  const text = fold(`${partner.name} ${partner.area} ${partner.address}`);
  return words.every((word) => text.includes(word));
}

/**
 * Every partner, filtered by a search and a category; the filters live in the
 * URL. A charity has tens of partners, not thousands: the API sends them all
 * and they are filtered here.
 */
export function PartnerList() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const values: PartnerFilterValues = { q: searchParams.get('q') ?? '', category: searchParams.get('category') ?? '' };
  const partners = usePartners();
  const filtered = Boolean(values.q || values.category);

  function apply(next: PartnerFilterValues) {
    const params = new URLSearchParams();
    if (next.q) params.set('q', next.q);
    if (next.category) params.set('category', next.category);
    setSearchParams(params);
  }

  const shown = partners.data?.items.filter((partner) => matches(partner, values)) ?? [];
  const total = partners.data?.items.length ?? 0;

  return (
    <>
      <PartnerFiltersForm values={values} onApply={apply} />
      <section aria-labelledby="partner-results-title" aria-busy={partners.isFetching}>
        <h2 id="partner-results-title" className="section-title" tabIndex={-1}>
          {filtered ? t('partners.list.matching') : t('partners.list.all')}
        </h2>
        {partners.isPending ? (
          <Loading label={t('partners.list.loading')} />
        ) : partners.isError ? (
          <Alert tone="error" title={t('partners.list.loadFailed')}>
            <p>{errorMessage(partners.error)}</p>
            <button type="button" className="button button--secondary" onClick={() => void partners.refetch()}>
              {t('partners.tryAgain')}
            </button>
          </Alert>
        ) : shown.length === 0 ? (
          <p className="empty-state">
            {total === 0 ? t('partners.list.none') : t('partners.list.noMatch')}
          </p>
        ) : (
          <>
            <PartnersTable partners={shown} />
            <p className="list-summary muted" role="status">
              {filtered ? t('partners.list.countOf', { shown: shown.length, count: total }) : t('partners.list.count', { count: total })}
            </p>
          </>
        )}
      </section>
    </>
  );
}
