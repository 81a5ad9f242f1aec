import type { OutboxMessageView } from '../../../../../api/src/outbox/schemas.ts';
import { formatDateTime } from '../../../lib/format-date.ts';

/** The line under a status that says what it means for this message: when, why, what next. */
export function MessageStatusNote({ message }: { message: OutboxMessageView }) {
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
              Next try at <time dateTime={message.nextAttemptAt}>{formatDateTime(message.nextAttemptAt, { seconds: true })}</time>
            </span>
          ) : null}
          <span className="cell-note message-error">Last try: {message.lastError}</span>
        </>
      ) : (
        <span className="cell-note">Going in a few seconds</span>
      );
    case 'sending':
      return <span className="cell-note">Going now</span>;
    case 'failed':
      return <span className="cell-note message-error">{message.lastError ?? 'The mail server refused it.'}</span>;
    case 'manual':
      return (
        <span className="cell-note">
          {message.channel === 'print' ? 'Print the slip and hand it over' : 'Copy it into your own email, then mark it as passed on'}
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
