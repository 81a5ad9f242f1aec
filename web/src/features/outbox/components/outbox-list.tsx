import { Link, useSearchParams } from 'react-router';
import type { MessageStatus, OutboxListQuery, OutboxMessageView } from '../../../../../api/src/outbox/schemas.ts';
import { isMessageStatus, MessageStatusBadge, messageStatusLabel } from '../../../components/message-status-badge.tsx';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { pageFromParam, Pagination } from '../../../components/ui/pagination.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { isInFlight, OUTBOX_PAGE_SIZE, useOutbox } from '../api/get-outbox.ts';
import { EmailNotSetUp } from './email-not-set-up.tsx';
import { formatMoment, messageKindLabel } from './message-labels.ts';
import { MessageStatusNote } from './message-status.tsx';

/**
 * The outbox: every message, newest first, filtered by status (kept in the
 * URL). While a message on the page is queued or sending, the list asks
 * again every few seconds, so staff see it become sent.
 */
export function OutboxList() {
  const { t } = useTranslation();
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
          <strong>{t('outbox.attention.needYou', { count: data.needsAction })}</strong>
          {t('outbox.list.needYouWhy')}
        </p>
      ) : null}
      <form
        key={statusParam}
        className="filters filters--inline"
        aria-label={t('outbox.list.filterLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = String(new FormData(event.currentTarget).get('status') ?? '');
          setSearchParams(chosen ? { status: chosen } : {});
        }}
      >
        <SelectField label={t('outbox.list.status')} name="status" defaultValue={status ?? ''} className="input--medium">
          <option value="">{t('outbox.list.anyStatus')}</option>
          {(Object.keys(messageStatusLabel) as MessageStatus[]).map((value) => (
            <option key={value} value={value}>
              {messageStatusLabel[value]}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <button type="submit" className="button">
            {t('outbox.list.show')}
          </button>
          {status ? (
            <button type="button" className="button button--secondary" onClick={() => setSearchParams({})}>
              {t('outbox.list.showAll')}
            </button>
          ) : null}
        </div>
      </form>
      <section aria-labelledby="outbox-results-title" aria-busy={outbox.isFetching}>
        <h2 id="outbox-results-title" className="section-title" tabIndex={-1}>
          {status ? messageStatusLabel[status] : t('outbox.list.all')}
        </h2>
        {outbox.isPending ? (
          <Loading label={t('outbox.list.loading')} />
        ) : outbox.isError ? (
          <Alert tone="error" title={t('outbox.list.loadFailed')}>
            <p>{errorMessage(outbox.error)}</p>
            <button type="button" className="button button--secondary" onClick={() => void outbox.refetch()}>
              {t('outbox.tryAgain')}
            </button>
          </Alert>
        ) : outbox.data.items.length === 0 ? (
          <p className="empty-state">{status ? t('outbox.list.noneWithStatus') : t('outbox.list.none')}</p>
        ) : (
          <>
            {outbox.data.items.some((message) => isInFlight(message.status)) ? (
              <p className="muted small" role="status">
                {t('outbox.list.onItsWay')}
              </p>
            ) : null}
            <OutboxTable messages={outbox.data.items} />
            <Pagination
              page={outbox.data.page}
              pageSize={outbox.data.pageSize}
              total={outbox.data.total}
              hrefForPage={hrefForPage}
              headingId="outbox-results-title"
              noun={[t('outbox.list.nounOne'), t('outbox.list.nounMany')]}
            />
          </>
        )}
      </section>
    </>
  );
}

function OutboxTable({ messages }: { messages: OutboxMessageView[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t('outbox.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('outbox.list.made')}</th>
            <th scope="col">{t('outbox.list.message')}</th>
            <th scope="col">{t('outbox.list.to')}</th>
            <th scope="col">{t('outbox.list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {messages.map((message) => (
            <tr key={message.id} className={message.status === 'manual' || message.status === 'failed' ? 'data-table__row--attention' : undefined}>
              <td data-label={t('outbox.list.made')}>
                <time dateTime={message.createdAt}>{formatMoment(message.createdAt)}</time>
              </td>
              <th scope="row" data-label={t('outbox.list.message')}>
                <Link to={paths.outbox.detail.getHref(message.id)}>{message.subject}</Link>
                <span className="cell-note">{messageKindLabel(message.kind)}</span>
              </th>
              <td data-label={t('outbox.list.to')} className="break-anywhere">
                {message.channel === 'print' ? <span className="muted">{t('outbox.list.printedSlip')}</span> : message.to}
              </td>
              <td data-label={t('outbox.list.status')}>
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
