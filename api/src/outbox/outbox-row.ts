import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../deps.ts';
import type { OutboxMessage } from '../generated/sqlite/client.ts';
import type { MessageText } from './message-texts.ts';
import type { MessageChannel, MessageKind } from './schemas.ts';

export type NewMessage = {
  kind: MessageKind;
  channel: MessageChannel;
  to: string | null;
  text: MessageText;
  holderId?: string;
  cardId?: string;
  invitationId?: string;
};

/**
 * The row for a new message, to create alone or in a transaction with what
 * it is about. An email is queued for sending when SMTP is set up; a printed
 * slip, or an email with nowhere to send it, waits for staff ("manual").
 */
export function outboxRow(deps: Pick<AppDeps, 'config' | 'clock'>, message: NewMessage) {
  const at = deps.clock();
  const emailable = message.channel === 'email' && message.to !== null && deps.config.mail.smtpUrl !== null;
  return {
    id: randomUUID(),
    kind: message.kind,
    channel: message.channel,
    toAddress: message.to,
    subject: message.text.subject,
    textBody: message.text.text,
    htmlBody: message.text.html,
    status: emailable ? 'queued' : 'manual',
    nextAttemptAt: emailable ? at : null,
    createdAt: at,
    updatedAt: at,
    holderId: message.holderId ?? null,
    cardId: message.cardId ?? null,
    invitationId: message.invitationId ?? null,
  } satisfies Omit<OutboxMessage, 'attempts' | 'claimedAt' | 'lastError' | 'sentAt'>;
}
