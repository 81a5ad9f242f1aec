import { Link, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useOutboxMessage } from '../../features/outbox/api/get-outbox-message.ts';
import { OutboxMessage } from '../../features/outbox/components/outbox-message.tsx';
import { useReminderSettings } from '../../features/renewals/api/get-reminder-settings.ts';
import { ApiError, errorMessage } from '../../lib/api-client.ts';
import { useTranslation } from '../../i18n/use-translation.ts';

/** One message of the outbox: read, copy, print, send again or mark as passed on. */
export function OutboxMessageRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const message = useOutboxMessage(id);
  const emailEnabled = useReminderSettings().data?.emailEnabled;
  const back = (
    <p>
      <Link to={paths.outbox.list.getHref()}>{t('app.outboxMessage.all')}</Link>
    </p>
  );

  if (message.isPending) {
    return (
      <Page title={t('app.outboxMessage.title')}>
        <Loading label={t('app.outboxMessage.loading')} />
      </Page>
    );
  }
  if (message.isError) {
    const notFound = message.error instanceof ApiError && message.error.status === 404;
    return (
      <Page title={notFound ? t('app.outboxMessage.notFound') : t('app.outboxMessage.title')}>
        <Alert tone="error" title={notFound ? undefined : t('app.outboxMessage.loadError')}>
          <p>{notFound ? t('app.outboxMessage.none') : errorMessage(message.error)}</p>
          {notFound ? null : (
            <button type="button" className="button button--secondary" onClick={() => void message.refetch()}>
              {t('app.tryAgain')}
            </button>
          )}
        </Alert>
        {back}
      </Page>
    );
  }
  return (
    <Page title={message.data.subject} lead={back}>
      <OutboxMessage key={message.data.id} message={message.data} emailEnabled={emailEnabled} />
    </Page>
  );
}
