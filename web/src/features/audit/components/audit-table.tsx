import type { AuditEventView } from '../../../../../api/src/audit/schemas.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { auditActionLabels, unsignedActorLabel } from './audit-actions.ts';

/** Names a record for people, when the page knows it (a staff member's name, say). */
export type RecordNamer = (entityType: string, entityId: string) => string | undefined;

export function AuditTable({ events, nameRecord }: { events: AuditEventView[]; nameRecord?: RecordNamer }) {
  return (
    <div className="table-wrap">
      <table className="data-table data-table--audit">
        <caption className="visually-hidden">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Record</th>
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
              <td data-label="Actor" className="break-anywhere">
                {event.actorEmail ?? (event.actorId ? <code>{event.actorId}</code> : <span className="muted">{unsignedActorLabel(event)}</span>)}
              </td>
              <td data-label="Action">
                {auditActionLabels[event.action] ? (
                  <>
                    {auditActionLabels[event.action]}
                    <br />
                    <code className="muted">{event.action}</code>
                  </>
                ) : (
                  <code>{event.action}</code>
                )}
              </td>
              <td data-label="Record" className="break-anywhere">
                <RecordCell event={event} nameRecord={nameRecord} />
              </td>
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

function RecordCell({ event, nameRecord }: { event: AuditEventView; nameRecord: RecordNamer | undefined }) {
  if (!event.entityType) return <span className="muted">–</span>;
  if (!event.entityId) return <>{event.entityType}</>;
  const name = nameRecord?.(event.entityType, event.entityId);
  return (
    <>
      {event.entityType}
      {name ? `: ${name}` : null}
      <br />
      <code className="muted">{event.entityId}</code>
    </>
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
