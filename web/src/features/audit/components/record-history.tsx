import type { ReactNode } from 'react';
import type { AuditEventView } from '../../../../../api/src/audit/schemas.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { auditActionLabels, unsignedActorLabel } from './audit-actions.ts';

/**
 * The audit events about one record (a young carer and their cards), newest
 * first. No raw details: the page that shows it says what an event means
 * through `describe`, so nothing it does not understand is put on screen.
 */
export function RecordHistory({
  events,
  describe,
  caption,
}: {
  events: AuditEventView[];
  describe?: (event: AuditEventView) => ReactNode;
  caption: string;
}) {
  if (events.length === 0) return <p className="empty-state">Nothing recorded yet.</p>;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Action</th>
            <th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const more = describe?.(event);
            return (
              <tr key={event.seq}>
                <td data-label="Time">
                  <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                </td>
                <td data-label="Action">
                  {auditActionLabels[event.action] ?? <code>{event.action}</code>}
                  {more ? <span className="cell-note">{more}</span> : null}
                </td>
                <td data-label="By" className="break-anywhere">
                  {event.actorEmail ?? (event.actorId ? <code>{event.actorId}</code> : <span className="muted">{unsignedActorLabel(event)}</span>)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
