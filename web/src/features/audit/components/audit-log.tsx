import { useSearchParams } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useAuditEvents } from '../api/get-audit-events.ts';
import {
  AuditFiltersForm,
  FILTER_KEYS,
  toAuditFilters,
  type ActorOption,
  type AuditFilterValues,
} from './audit-filters.tsx';
import { AuditTable, type RecordNamer } from './audit-table.tsx';

/** The audit log with its filters, which live in the URL so a filtered view can be bookmarked. */
export function AuditLog({ actors, nameRecord }: { actors: ActorOption[] | undefined; nameRecord?: RecordNamer }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const values: AuditFilterValues = {
    action: searchParams.get('action') ?? '',
    actorId: searchParams.get('actorId') ?? '',
    from: searchParams.get('from') ?? '',
    to: searchParams.get('to') ?? '',
  };
  const events = useAuditEvents(toAuditFilters(values));

  function applyFilters(next: AuditFilterValues) {
    const params = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key]) params.set(key, next[key]);
    setSearchParams(params);
  }

  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(values).some(Boolean);

  return (
    <section aria-labelledby="audit-events-title">
      <h2 id="audit-events-title" className="section-title">
        Events
      </h2>
      <AuditFiltersForm values={values} actors={actors} onApply={applyFilters} />
      {events.isPending ? (
        <Loading label="Loading events…" />
      ) : events.isError && items.length === 0 ? (
        <Alert tone="error" title="Could not load the audit log">
          <p>{errorMessage(events.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void events.refetch()}>
            Try again
          </button>
        </Alert>
      ) : items.length === 0 ? (
        <p className="empty-state">{filtered ? 'No events match these filters.' : 'No events have been recorded yet.'}</p>
      ) : (
        <>
          <AuditTable events={items} nameRecord={nameRecord} />
          <div className="load-more">
            <p className="muted" role="status">
              Showing {items.length.toLocaleString('en-GB')} {items.length === 1 ? 'event' : 'events'}, newest first.
              {events.hasNextPage ? '' : ' These are all the events.'}
            </p>
            {events.isFetchNextPageError ? (
              <Alert tone="error" title="Could not load more events">
                {errorMessage(events.error)}
              </Alert>
            ) : null}
            {events.hasNextPage ? (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void events.fetchNextPage()}
                disabled={events.isFetchingNextPage}
              >
                {events.isFetchingNextPage ? 'Loading…' : 'Load more'}
              </button>
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
