import type { MessageStatus } from '../../../api/src/outbox/schemas.ts';

/**
 * A message's status in words and colour (never colour alone). Shared by the
 * outbox and the renewals page, which shows each reminder's message.
 */
export const messageStatusLabel: Record<MessageStatus, string> = {
  manual: 'Waiting for staff',
  failed: 'Failed',
  queued: 'Queued',
  sending: 'Sending',
  sent: 'Sent',
  handed_over: 'Passed on',
  withdrawn: 'Withdrawn',
};

export const messageStatusDescription: Record<MessageStatus, string> = {
  manual: 'For staff to pass on: print the slip, or send the text from your own email',
  failed: 'Every try failed: send it again, or pass it on yourself',
  queued: 'Waiting to be emailed',
  sending: 'Being emailed now',
  sent: 'The mail server accepted it',
  handed_over: 'Passed on by staff',
  withdrawn: 'Not sent: the invitation it carried was withdrawn',
};

export function isMessageStatus(value: string): value is MessageStatus {
  return Object.hasOwn(messageStatusLabel, value);
}

export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  return (
    <span className={`badge badge--message-${status}`} title={messageStatusDescription[status]}>
      {messageStatusLabel[status]}
    </span>
  );
}
