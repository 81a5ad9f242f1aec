import type { OutboxMessage } from '../generated/sqlite/client.ts';
import type { MessageChannel, MessageKind, MessageStatus, OutboxMessageView } from './schemas.ts';

export function toOutboxMessageView(row: OutboxMessage): OutboxMessageView {
  return {
    id: row.id,
    kind: row.kind as MessageKind,
    channel: row.channel as MessageChannel,
    to: row.toAddress,
    subject: row.subject,
    text: row.textBody,
    status: row.status as MessageStatus,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt?.toISOString() ?? null,
    lastError: row.lastError,
    sentAt: row.sentAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    holderId: row.holderId,
    cardId: row.cardId,
    invitationId: row.invitationId,
  };
}
