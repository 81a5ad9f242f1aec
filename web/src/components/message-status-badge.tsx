import type { MessageStatus } from '../../../api/src/outbox/schemas.ts';
import { translate as t } from '../i18n/start-i18n.ts';

/**
 * A message's status in words and colour (never colour alone). Shared by the
 * outbox and the renewals page, which shows each reminder's message.
 */
const MESSAGE_STATUSES: readonly MessageStatus[] = ['manual', 'failed', 'queued', 'sending', 'sent', 'handed_over', 'withdrawn'];

/** Read when drawn, in the page's language (`messageStatusLabel.sent`): each is `app.messageStatus.label.<status>`. */
export const messageStatusLabel = Object.defineProperties(
  {} as Record<MessageStatus, string>,
  Object.fromEntries(MESSAGE_STATUSES.map((status) => [status, { get: () => t(`app.messageStatus.label.${status}`), enumerable: true }])),
);

export const messageStatusDescription = Object.defineProperties(
  {} as Record<MessageStatus, string>,
  Object.fromEntries(MESSAGE_STATUSES.map((status) => [status, { get: () => t(`app.messageStatus.description.${status}`), enumerable: true }])),
);

export function isMessageStatus(value: string): value is MessageStatus {
  return (MESSAGE_STATUSES as readonly string[]).includes(value);
}

export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  return (
    <span className={`badge badge--message-${status}`} title={messageStatusDescription[status]}>
      {messageStatusLabel[status]}
    </span>
  );
}
