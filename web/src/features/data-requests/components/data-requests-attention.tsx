import { Link } from 'react-router';
import type { DataRequestView } from '../../../../../api/src/data-requests/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useHandleDataRequest } from '../api/handle-data-request.ts';
import { formatDayTime } from '../../../i18n/dates.ts';

const SHOWN = 5;

/**
 * For "Needs attention": young carers asking, from their own page, for their
 * record to be corrected or erased. Staff make the change on the record, then
 * mark the request done (or declined, after telling the young carer why).
 * Named by kind and when it was sent, not by the child.
 */
export function DataRequestsAttention({ requests }: { requests: DataRequestView[] }) {
  const { t } = useTranslation();
  const handle = useHandleDataRequest();
  if (requests.length === 0) return null;
  const formatDateTime = (iso: string) => formatDayTime(iso);
  return (
    <div className="attention-group">
      <h3 className="attention-group__title">
        {t('dataRequests.attention.title', { count: requests.length })}
      </h3>
      <p className="attention-group__hint">
        {t('dataRequests.attention.hint')}
      </p>
      {handle.isError ? (
        <p className="field__error" role="alert">
          {errorMessage(handle.error)}
        </p>
      ) : null}
      <ul className="attention-list">
        {requests.slice(0, SHOWN).map((request) => {
          const sent = formatDateTime(request.createdAt);
          const which = <span className="visually-hidden"> {t(`dataRequests.which.${request.kind}`, { sent })}</span>;
          return (
            <li key={request.id} className="data-request">
              <strong>{t(`dataRequests.kinds.${request.kind}`)}</strong> {t('dataRequests.attention.asked')} <time dateTime={request.createdAt}>{sent}</time>
              {request.text ? <blockquote className="data-request__text">{request.text}</blockquote> : null}{' '}
              <Link to={paths.holders.detail.getHref(request.holderId)}>
                {t('dataRequests.attention.open')}
                {which}
              </Link>
              <span className="data-request__actions">
                <button type="button" className="button button--small" disabled={handle.isPending} onClick={() => handle.mutate({ id: request.id, status: 'done' })}>
                  {t('dataRequests.attention.done')}
                  {which}
                </button>{' '}
                <button type="button" className="button button--small button--secondary" disabled={handle.isPending} onClick={() => handle.mutate({ id: request.id, status: 'declined' })}>
                  {t('dataRequests.attention.decline')}
                  {which}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {requests.length > SHOWN ? <p className="muted small">{t('dataRequests.attention.more', { count: requests.length - SHOWN })}</p> : null}
    </div>
  );
}
