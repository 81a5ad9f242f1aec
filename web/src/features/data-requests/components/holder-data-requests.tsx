import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useDataRequests } from '../api/get-data-requests.ts';

const kindLabel = { correction: 'Correction', erasure: 'Erasure' } as const;
const statusLabel = { open: 'Open', done: 'Done', declined: 'Declined' } as const;

/** On a young carer's record: what they asked for from their own page, oldest first (open ones are also under Needs attention). */
export function HolderDataRequests({ holderId }: { holderId: string }) {
  const requests = useDataRequests({ holderId });
  if (requests.isPending) return <Loading label="Loading their requests…" />;
  if (requests.isError) return <p className="field__error">{errorMessage(requests.error)}</p>;
  const items = requests.data.items;
  if (items.length === 0) return <p className="muted">They have not asked for a correction or erasure.</p>;
  return (
    <ul className="attention-list">
      {items.map((request) => (
        <li key={request.id} className="data-request">
          <strong>{kindLabel[request.kind]}</strong>, asked <time dateTime={request.createdAt}>{formatDateTime(request.createdAt)}</time>: {statusLabel[request.status]}
          {request.handledAt ? ` (${formatDateTime(request.handledAt)}${request.handledByEmail ? ` by ${request.handledByEmail}` : ''})` : ''}
          {request.text ? <blockquote className="data-request__text">{request.text}</blockquote> : null}
        </li>
      ))}
    </ul>
  );
}
