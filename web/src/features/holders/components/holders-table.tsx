import { Link } from 'react-router';
import type { HolderSummary } from '../../../../../api/src/holders/schemas.ts';
import { CardStatusBadge } from '../../../components/card-status-badge.tsx';
import { paths } from '../../../config/paths.ts';
import { ageOn, formatCalendarDate } from '../../../lib/format-date.ts';
import { fullName, preferredNameNote } from '../../../lib/format-name.ts';

export function HoldersTable({ holders }: { holders: HolderSummary[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Young carers</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Date of birth</th>
            <th scope="col">Reference</th>
            <th scope="col">Current card</th>
          </tr>
        </thead>
        <tbody>
          {holders.map((holder) => {
            const preferred = preferredNameNote(holder);
            const age = ageOn(holder.dateOfBirth);
            return (
              <tr key={holder.id}>
                <th scope="row" data-label="Name">
                  <Link to={paths.holders.detail.getHref(holder.id)}>{fullName(holder)}</Link>
                  {preferred ? <span className="cell-note">{preferred}</span> : null}
                </th>
                <td data-label="Date of birth">
                  <span className="nowrap">{formatCalendarDate(holder.dateOfBirth)}</span>
                  {age !== undefined ? <span className="cell-note">Age {age}</span> : null}
                </td>
                <td data-label="Reference" className="break-anywhere">
                  {holder.reference ?? <span className="muted">–</span>}
                </td>
                <td data-label="Current card">
                  {holder.currentCard ? (
                    <span className="card-cell">
                      <span className="card-number">{holder.currentCard.number}</span>{' '}
                      <CardStatusBadge status={holder.currentCard.status} />
                      <span className="cell-note">
                        Expires <time dateTime={holder.currentCard.expiresOn}>{formatCalendarDate(holder.currentCard.expiresOn)}</time>
                      </span>
                    </span>
                  ) : (
                    <span className="muted">No card</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
