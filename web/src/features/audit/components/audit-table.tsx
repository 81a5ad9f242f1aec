import type { DescribedAuditEvent } from '../../../../../api/src/audit/schemas.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { AuditSentence } from './audit-sentence.tsx';
import { formatMoment, groupName } from './audit-words.ts';

/** The audit log, one event a row, in words; the stored codes stay visible (small) for whoever checks the chain. */
export function AuditTable({ events }: { events: DescribedAuditEvent[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table data-table--audit">
        <caption className="visually-hidden">{t('audit.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.table.time')}</th>
            <th scope="col">{t('audit.table.what')}</th>
            <th scope="col">{t('audit.table.group')}</th>
            <th scope="col">{t('audit.table.ip')}</th>
            <th scope="col">{t('audit.table.details')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.seq}>
              <td data-label={t('audit.table.time')}>
                <time dateTime={event.at}>{formatMoment(event.at, { seconds: true })}</time>
                <span className="audit-seq">#{event.seq}</span>
              </td>
              <td data-label={t('audit.table.what')} className="break-anywhere">
                <AuditSentence event={event} />
                <br />
                <code className="muted">{event.action}</code>
              </td>
              <td data-label={t('audit.table.group')}>{groupName(event.group)}</td>
              <td data-label={t('audit.table.ip')}>{event.ip ? <code>{event.ip}</code> : <span className="muted">–</span>}</td>
              <td data-label={t('audit.table.details')}>
                <EventDetails details={event.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EventDetails({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation();
  if (Object.keys(details).length === 0) return <span className="muted">–</span>;
  return (
    <details className="event-details">
      <summary>{t('audit.table.show')}</summary>
      <pre>{JSON.stringify(details, null, 2)}</pre>
    </details>
  );
}
