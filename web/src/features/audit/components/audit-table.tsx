import type { DescribedAuditEvent } from '../../../../../api/src/audit/schemas.ts';
import { AUDIT_GROUPS } from '../../../../../api/src/shared/audit-actions.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { AuditSentence } from './audit-sentence.tsx';

/** The audit log, one event a row, in words; the stored codes stay visible (small) for whoever checks the chain. */
export function AuditTable({ events }: { events: DescribedAuditEvent[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table data-table--audit">
        <caption className="visually-hidden">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">What happened</th>
            <th scope="col">Group</th>
            <th scope="col">IP address</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.seq}>
              <td data-label="Time">
                <time dateTime={event.at}>{formatDateTime(event.at, { seconds: true })}</time>
                <span className="audit-seq">#{event.seq}</span>
              </td>
              <td data-label="What happened" className="break-anywhere">
                <AuditSentence event={event} />
                <br />
                <code className="muted">{event.action}</code>
              </td>
              <td data-label="Group">{AUDIT_GROUPS[event.group]}</td>
              <td data-label="IP address">{event.ip ? <code>{event.ip}</code> : <span className="muted">–</span>}</td>
              <td data-label="Details">
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
  if (Object.keys(details).length === 0) return <span className="muted">–</span>;
  return (
    <details className="event-details">
      <summary>Show</summary>
      <pre>{JSON.stringify(details, null, 2)}</pre>
    </details>
  );
}
