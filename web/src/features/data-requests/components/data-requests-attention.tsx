import { Link } from 'react-router';
import type { DataRequestView } from '../../../../../api/src/data-requests/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useHandleDataRequest } from '../api/handle-data-request.ts';

const SHOWN = 5;
const kindLabel: Record<DataRequestView['kind'], string> = { correction: 'Correction', erasure: 'Erasure' };

/**
 * For "Needs attention": young carers asking, from their own page, for their
 * record to be corrected or erased. Staff make the change on the record, then
 * mark the request done (or declined, after telling the young carer why).
 * Named by kind and when it was sent, not by the child.
 */
export function DataRequestsAttention({ requests }: { requests: DataRequestView[] }) {
  const handle = useHandleDataRequest();
  if (requests.length === 0) return null;
  return (
    <div className="attention-group">
      <h3 className="attention-group__title">
        {requests.length === 1 ? '1 request from a young carer' : `${requests.length} requests from young carers`}
      </h3>
      <p className="attention-group__hint">
        A young carer asked, from their own card page, for their record to be corrected or erased. Make the change on the record (or talk to them about it), then mark it done or
        declined. Marking it done does not change or erase anything by itself.
      </p>
      {handle.isError ? (
        <p className="field__error" role="alert">
          {errorMessage(handle.error)}
        </p>
      ) : null}
      <ul className="attention-list">
        {requests.slice(0, SHOWN).map((request) => {
          const sent = formatDateTime(request.createdAt);
          return (
            <li key={request.id} className="data-request">
              <strong>{kindLabel[request.kind]}</strong> asked <time dateTime={request.createdAt}>{sent}</time>
              {request.text ? <blockquote className="data-request__text">{request.text}</blockquote> : null}{' '}
              <Link to={paths.holders.detail.getHref(request.holderId)}>
                Open the young carer’s record<span className="visually-hidden"> ({kindLabel[request.kind].toLowerCase()} request, {sent})</span>
              </Link>
              <span className="data-request__actions">
                <button type="button" className="button button--small" disabled={handle.isPending} onClick={() => handle.mutate({ id: request.id, status: 'done' })}>
                  Mark done<span className="visually-hidden"> ({kindLabel[request.kind].toLowerCase()} request, {sent})</span>
                </button>{' '}
                <button type="button" className="button button--small button--secondary" disabled={handle.isPending} onClick={() => handle.mutate({ id: request.id, status: 'declined' })}>
                  Decline<span className="visually-hidden"> ({kindLabel[request.kind].toLowerCase()} request, {sent})</span>
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {requests.length > SHOWN ? <p className="muted small">And {requests.length - SHOWN} more.</p> : null}
    </div>
  );
}
