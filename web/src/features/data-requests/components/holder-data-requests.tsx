import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useDataRequests } from '../api/get-data-requests.ts';
import { formatDayTime } from '../../../i18n/dates.ts';


/** On a young carer's record: what they asked for from their own page, oldest first (open ones are also under Needs attention). */
export function HolderDataRequests({ holderId }: { holderId: string }) {
  const { t } = useTranslation();
  const formatDateTime = (iso: string) => formatDayTime(iso);
  const requests = useDataRequests({ holderId });
  if (requests.isPending) return <Loading label={t('dataRequests.holder.loading')} />;
  if (requests.isError) return <p className="field__error">{errorMessage(requests.error)}</p>;
  const items = requests.data.items;
  if (items.length === 0) return <p className="muted">{t('dataRequests.holder.none')}</p>;
  return (
    <ul className="attention-list">
      {items.map((request) => (
        <li key={request.id} className="data-request">
          <strong>{t(`dataRequests.kinds.${request.kind}`)}</strong>, {t('dataRequests.attention.asked')}{' '}
          <time dateTime={request.createdAt}>{formatDateTime(request.createdAt)}</time>: {t(`dataRequests.status.${request.status}`)}
          {request.handledAt
            ? ` (${request.handledByEmail ? t('dataRequests.holder.handledBy', { when: formatDateTime(request.handledAt), email: request.handledByEmail }) : formatDateTime(request.handledAt)})`
            : ''}
          {request.text ? <blockquote className="data-request__text">{request.text}</blockquote> : null}
        </li>
      ))}
    </ul>
  );
}
