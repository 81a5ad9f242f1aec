import type { OutboxMessageView } from '../../../../../api/src/outbox/schemas.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { formatMoment } from './message-labels.ts';

/** The line under a status that says what it means for this message: when, why, what next. */
export function MessageStatusNote({ message }: { message: OutboxMessageView }) {
  const { t } = useTranslation();
  const formatDateTime = (iso: string, options?: { seconds?: boolean }) => formatMoment(iso, options);
  switch (message.status) {
    case 'sent':
      return message.sentAt ? (
        <span className="cell-note">
          <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
        </span>
      ) : null;
    case 'queued':
      return message.lastError ? (
        <>
          {message.nextAttemptAt ? (
            <span className="cell-note">
              {t('outbox.status.nextTry')} <time dateTime={message.nextAttemptAt}>{formatDateTime(message.nextAttemptAt, { seconds: true })}</time>
            </span>
          ) : null}
          <span className="cell-note message-error">{t('outbox.status.lastTry', { error: message.lastError })}</span>
        </>
      ) : (
        <span className="cell-note">{t('outbox.status.soon')}</span>
      );
    case 'sending':
      return <span className="cell-note">{t('outbox.status.now')}</span>;
    case 'failed':
      return <span className="cell-note message-error">{message.lastError ?? t('outbox.status.refused')}</span>;
    case 'manual':
      return (
        <span className="cell-note">
          {message.channel === 'print' ? t('outbox.status.printSlip') : t('outbox.status.copyEmail')}
        </span>
      );
    case 'withdrawn':
    case 'handed_over':
      return (
        <span className="cell-note">
          <time dateTime={message.updatedAt}>{formatDateTime(message.updatedAt)}</time>
        </span>
      );
  }
}
