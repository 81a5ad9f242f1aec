import { Alert } from '../../../components/ui/alert.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import type { useAuditEvents } from '../api/get-audit-events.ts';

/** "Showing 50 events" and the button that follows the cursor to older ones. */
export function LoadMoreEvents({ events, shown }: { events: ReturnType<typeof useAuditEvents>; shown: number }) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <p className="muted" role="status">
        {t('audit.more.showing', { count: shown })}
        {events.hasNextPage ? '' : ` ${t('audit.more.all')}`}
      </p>
      {events.isFetchNextPageError ? (
        <Alert tone="error" title={t('audit.more.failed')}>
          {errorMessage(events.error)}
        </Alert>
      ) : null}
      {events.hasNextPage ? (
        <button type="button" className="button button--secondary" onClick={() => void events.fetchNextPage()} disabled={events.isFetchingNextPage}>
          {events.isFetchingNextPage ? t('audit.loading') : t('audit.more.load')}
        </button>
      ) : null}
    </div>
  );
}
