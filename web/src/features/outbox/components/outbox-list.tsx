import { Link, useSearchParams } from 'react-router';
import type { MessageStatus, OutboxListQuery, OutboxMessageView } from '../../../../../api/src/outbox/schemas.ts';
import { isMessageStatus, MessageStatusBadge, messageStatusLabel } from '../../../components/message-status-badge.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { pageFromParam, Pagination } from '../../../components/ui/pagination.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { isInFlight, OUTBOX_PAGE_SIZE, useOutbox } from '../api/get-outbox.ts';
import { EmailNotSetUp } from './email-not-set-up.tsx';
import { messageKindLabel } from './message-labels.ts';
import { MessageStatusNote } from './message-status.tsx';

/**
 * The outbox: every message, newest first, filtered by status (kept in the
 * URL). While a message on the page is queued or sending, the list asks
 * again every few seconds, so staff see it become sent.
 */
export function OutboxList() {
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status') ?? '';
  const status = isMessageStatus(statusParam) ? statusParam : undefined;
  const page = pageFromParam(searchParams.get('page'));
  const query: OutboxListQuery = { page, pageSize: OUTBOX_PAGE_SIZE, ...(status ? { status } : {}) };
  const outbox = useOutbox(query);
  const data = outbox.data;

  function hrefForPage(target: number) {
    return paths.outbox.list.getHref({ ...(status ? { status } : {}), ...(target > 1 ? { page: target } : {}) });
  }

  return (
    <>
      {data && !data.emailEnabled ? <EmailNotSetUp /> : null}
      {data && data.needsAction > 0 ? (
        <p className="outbox-summary">
          <strong>{data.needsAction === 1 ? '1 message needs' : `${data.needsAction} messages need`} you</strong>: waiting
          for staff to pass on, or failed.
        </p>
      ) : null}
      <form
        key={statusParam}
        className="filters filters--inline"
        aria-label="Filter the messages"
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = String(new FormData(event.currentTarget).get('status') ?? '');
          setSearchParams(chosen ? { status: chosen } : {});
        }}
      >
        <SelectField label="Status" name="status" defaultValue={status ?? ''} className="input--medium">
          <option value="">Any status</option>
          {(Object.keys(messageStatusLabel) as MessageStatus[]).map((value) => (
            <option key={value} value={value}>
              {messageStatusLabel[value]}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <button type="submit" className="button">
            Show
          </button>
          {status ? (
            <button type="button" className="button button--secondary" onClick={() => setSearchParams({})}>
              Show all
            </button>
          ) : null}
        </div>
      </form>
      <section aria-labelledby="outbox-results-title" aria-busy={outbox.isFetching}>
        <h2 id="outbox-results-title" className="section-title" tabIndex={-1}>
          {status ? messageStatusLabel[status] : 'All messages, newest first'}
        </h2>
        {outbox.isPending ? (
          <Loading label="Loading messages…" />
        ) : outbox.isError ? (
          <Alert tone="error" title="Could not load the outbox">
            <p>{errorMessage(outbox.error)}</p>
            <button type="button" className="button button--secondary" onClick={() => void outbox.refetch()}>
              Try again
            </button>
          </Alert>
        ) : outbox.data.items.length === 0 ? (
          <p className="empty-state">{status ? 'No messages with this status.' : 'No messages yet.'}</p>
        ) : (
          <>
            {outbox.data.items.some((message) => isInFlight(message.status)) ? (
              <p className="muted small" role="status">
                A message is on its way: this list updates by itself.
              </p>
            ) : null}
            <OutboxTable messages={outbox.data.items} />
            <Pagination
              page={outbox.data.page}
              pageSize={outbox.data.pageSize}
              total={outbox.data.total}
              hrefForPage={hrefForPage}
              headingId="outbox-results-title"
              noun={['message', 'messages']}
            />
          </>
        )}
      </section>
    </>
  );
}

function OutboxTable({ messages }: { messages: OutboxMessageView[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">Messages, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Made</th>
            <th scope="col">Message</th>
            <th scope="col">To</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {messages.map((message) => (
            <tr key={message.id} className={message.status === 'manual' || message.status === 'failed' ? 'data-table__row--attention' : undefined}>
              <td data-label="Made">
                <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
              </td>
              <th scope="row" data-label="Message">
                <Link to={paths.outbox.detail.getHref(message.id)}>{message.subject}</Link>
                <span className="cell-note">{messageKindLabel[message.kind]}</span>
              </th>
              <td data-label="To" className="break-anywhere">
                {message.channel === 'print' ? <span className="muted">Printed slip</span> : message.to}
              </td>
              <td data-label="Status">
                <MessageStatusBadge status={message.status} />
                <MessageStatusNote message={message} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
