import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { OutboxMessage } from '../generated/sqlite/client.ts';
import { codeViewers } from './code-viewers.ts';
import { findOutboxMessage } from './find-outbox-message.ts';
import { toOutboxMessageView, withoutCodes } from './outbox-message-view.ts';
import type { MessageStatus, OutboxMessageView } from './schemas.ts';

export type MessageStatusChange = {
  /** The audit action */
  action: string;
  /** The statuses the message may be in for the change */
  from: MessageStatus[];
  data: Partial<OutboxMessage>;
  /** Why it was refused; `{status}` becomes the message's status */
  refusal: string;
};

/** Staff moving a message on (retry, passed on): one conditional update, so two staff pressing at once cannot both win. */
export async function applyMessageStatusChange(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; messageId: string; change: MessageStatusChange },
): Promise<OutboxMessageView> {
  const { context, messageId: id, change } = options;
  const row = await findOutboxMessage(deps, { messageId: id });
  await inTransaction(deps.db, async (tx) => {
    const updated = await tx.outboxMessage.updateMany({
      where: { id, status: { in: change.from } },
      // Passed on (or sent): the code has reached the young carer, and is kept no longer.
      data: { ...change.data, ...(change.data.status === 'handed_over' || change.data.status === 'sent' ? withoutCodes(row) : {}), updatedAt: deps.clock() },
    });
    if (updated.count !== 1) throw new AppError('MESSAGE_STATE_CONFLICT', change.refusal.replace('{status}', row.status));
    await appendAuditEvent(tx, deps, context, { action: change.action, entityType: 'outbox', entityId: id, details: { holderId: row.holderId, kind: row.kind } });
  });
  const changed = await findOutboxMessage(deps, { messageId: id });
  return toOutboxMessageView(changed, { showCode: (await codeViewers(deps, [changed], context.actor?.id ?? null)).has(id) });
}
