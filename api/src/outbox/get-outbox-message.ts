import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { AppDeps } from '../deps.ts';
import { codeViewers } from './code-viewers.ts';
import { findOutboxMessage } from './find-outbox-message.ts';
import { toOutboxMessageView } from './outbox-message-view.ts';
import type { OutboxMessageView } from './schemas.ts';

/** One message, to copy or print. Audited: it holds a first name and an address. */
export async function getOutboxMessage(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; messageId: string },
): Promise<OutboxMessageView> {
  const { context, messageId } = options;
  const row = await findOutboxMessage(deps, { messageId });
  await recordAuditEvent(deps, context, { action: 'outbox.read', entityType: 'outbox', entityId: messageId, details: { holderId: row.holderId } });
  const showCode = (await codeViewers(deps, [row], context.actor?.id ?? null)).has(row.id);
  return toOutboxMessageView(row, { showCode });
}
