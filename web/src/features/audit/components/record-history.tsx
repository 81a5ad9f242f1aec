import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { DescribedAuditEvent } from '../../../../../api/src/audit/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useAuditEvents } from '../api/get-audit-events.ts';
import { AuditSentence } from './audit-sentence.tsx';
import { formatMoment } from './audit-words.ts';
import { LoadMoreEvents } from './load-more-events.tsx';

/**
 * The History panel of a record page (a young carer, a card, a partner, a
 * staff member): the audit log's own events and sentences, filtered by that
 * record, newest first. A young carer's History includes their cards.
 * `describe` adds what only the page knows (which fields changed, say);
 * `refreshKey` changing (the record was saved) fetches it again.
 */
export function RecordHistory({
  entityType,
  entityId,
  caption,
  describe,
  refreshKey,
  showLogLink = false,
}: {
  entityType: 'holder' | 'card' | 'partner' | 'staff';
  entityId: string;
  caption: string;
  describe?: (event: DescribedAuditEvent) => ReactNode;
  refreshKey?: unknown;
  /** Admins: a link to the whole audit log filtered by this record. */
  showLogLink?: boolean;
}) {
  const { t } = useTranslation();
  const events = useAuditEvents({ entityType, entityId });
  const { refetch } = events;
  useEffect(() => {
    if (refreshKey !== undefined) void refetch();
  }, [refreshKey, refetch]);

  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  const logLink = showLogLink ? (
    <p>
      <Link to={`${paths.audit.getHref()}?entityType=${encodeURIComponent(entityType)}&entityId=${encodeURIComponent(entityId)}`}>
        {t('audit.history.filterLink')}
      </Link>
    </p>
  ) : null;

  if (events.isPending) return <Loading label={t('audit.history.loading')} />;
  if (events.isError && items.length === 0) {
    return (
      <Alert tone="error" title={t('audit.history.loadFailed')}>
        {errorMessage(events.error)}
      </Alert>
    );
  }
  if (items.length === 0) return <p className="empty-state">{t('audit.history.none')}</p>;
  return (
    <>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.table.time')}</th>
              <th scope="col">{t('audit.table.what')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((event) => {
              const more = describe?.(event);
              return (
                <tr key={event.seq}>
                  <td data-label={t('audit.table.time')}>
                    <time dateTime={event.at}>{formatMoment(event.at)}</time>
                  </td>
                  <td data-label={t('audit.table.what')}>
                    <AuditSentence event={event} linkRecords={!(event.subject?.type === entityType && event.subject.id === entityId)} />
                    {more ? <span className="cell-note">{more}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <LoadMoreEvents events={events} shown={items.length} />
      {logLink}
    </>
  );
}

/** The History panel as a page section of its own, headed "History". */
export function HistorySection({ lead, ...props }: Parameters<typeof RecordHistory>[0] & { lead: string }) {
  const { t } = useTranslation();
  const titleId = `history-${props.entityType}-title`;
  return (
    <section className="page-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {t('audit.history.title')}
      </h2>
      <p className="section-lead">{lead}</p>
      <RecordHistory {...props} />
    </section>
  );
}
