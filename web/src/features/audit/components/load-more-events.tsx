import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import type { useAuditEvents } from '../api/get-audit-events.ts';

/** "Showing 50 events" and the button that follows the cursor to older ones. */
export function LoadMoreEvents({ events, shown }: { events: ReturnType<typeof useAuditEvents>; shown: number }) {
  return (
    <div className="load-more">
      <p className="muted" role="status">
        Showing {shown.toLocaleString('en-GB')} {shown === 1 ? 'event' : 'events'}, newest first.
        {events.hasNextPage ? '' : ' These are all the events.'}
      </p>
      {events.isFetchNextPageError ? (
        <Alert tone="error" title="Could not load more events">
          {errorMessage(events.error)}
        </Alert>
      ) : null}
      {events.hasNextPage ? (
        <button type="button" className="button button--secondary" onClick={() => void events.fetchNextPage()} disabled={events.isFetchingNextPage}>
          {events.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      ) : null}
    </div>
  );
}
