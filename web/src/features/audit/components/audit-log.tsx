import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useAuditEvents } from '../api/get-audit-events.ts';
import { AuditFiltersForm, FILTER_KEYS, toAuditFilters, type ActorOption, type AuditFilterValues } from './audit-filters.tsx';
import { AuditTable } from './audit-table.tsx';
import { nameOf } from './audit-words.ts';
import { LoadMoreEvents } from './load-more-events.tsx';

/** The audit log with its filters, which live in the URL so a filtered view ("who viewed Maya's record?") can be bookmarked. */
export function AuditLog({ actors }: { actors: ActorOption[] | undefined }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const values = Object.fromEntries(FILTER_KEYS.map((key) => [key, searchParams.get(key) ?? ''])) as AuditFilterValues;
  const events = useAuditEvents(toAuditFilters(values));

  function applyFilters(next: AuditFilterValues) {
    const params = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key]) params.set(key, next[key]);
    setSearchParams(params);
  }

  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(values).some(Boolean);
  const recordSubject = values.entityId ? items.find((event) => event.subject?.id === values.entityId)?.subject : undefined;
  const recordName = recordSubject ? nameOf(recordSubject) : undefined;

  return (
    <section aria-labelledby="audit-events-title">
      <h2 id="audit-events-title" className="section-title">
        {t('audit.log.title')}
      </h2>
      <AuditFiltersForm values={values} actors={actors} recordName={recordName} onApply={applyFilters} />
      {events.isPending ? (
        <Loading label={t('audit.log.loading')} />
      ) : events.isError && items.length === 0 ? (
        <Alert tone="error" title={t('audit.log.loadFailed')}>
          <p>{errorMessage(events.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void events.refetch()}>
            {t('audit.tryAgain')}
          </button>
        </Alert>
      ) : items.length === 0 ? (
        <p className="empty-state">{filtered ? t('audit.log.noMatch') : t('audit.log.none')}</p>
      ) : (
        <>
          <AuditTable events={items} />
          <LoadMoreEvents events={events} shown={items.length} />
        </>
      )}
    </section>
  );
}
