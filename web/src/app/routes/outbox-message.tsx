import { Link, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert.tsx';
import { Loading } from '../../components/ui/loading.tsx';
import { Page } from '../../components/ui/page.tsx';
import { paths } from '../../config/paths.ts';
import { useOutboxMessage } from '../../features/outbox/api/get-outbox-message.ts';
import { OutboxMessage } from '../../features/outbox/components/outbox-message.tsx';
import { useReminderSettings } from '../../features/renewals/api/get-reminder-settings.ts';
import { ApiError, errorMessage } from '../../lib/api-client.ts';

/** One message of the outbox: read, copy, print, send again or mark as passed on. */
export function OutboxMessageRoute() {
  const { id = '' } = useParams();
  const message = useOutboxMessage(id);
  const emailEnabled = useReminderSettings().data?.emailEnabled;
  const back = (
    <p>
      <Link to={paths.outbox.list.getHref()}>All messages</Link>
    </p>
  );

  if (message.isPending) {
    return (
      <Page title="Message">
        <Loading label="Loading the message…" />
      </Page>
    );
  }
  if (message.isError) {
    const notFound = message.error instanceof ApiError && message.error.status === 404;
    return (
      <Page title={notFound ? 'Message not found' : 'Message'}>
        <Alert tone="error" title={notFound ? undefined : 'Could not load the message'}>
          <p>{notFound ? 'There is no message with this address.' : errorMessage(message.error)}</p>
          {notFound ? null : (
            <button type="button" className="button button--secondary" onClick={() => void message.refetch()}>
              Try again
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
