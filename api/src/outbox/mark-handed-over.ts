import type { AuditContext } from '../audit/record-audit-event.ts';
import type { AppDeps } from '../deps.ts';
import { applyMessageStatusChange } from './message-status-change.ts';
import type { OutboxMessageView } from './schemas.ts';

/** Staff passed the message on themselves (printed the slip, or sent it from their own email). */
export async function markHandedOver(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; messageId: string },
): Promise<OutboxMessageView> {
  return applyMessageStatusChange(deps, {
    context: options.context,
    messageId: options.messageId,
    change: {
      action: 'outbox.handed_over',
      from: ['manual', 'failed', 'queued'],
      data: { status: 'handed_over', nextAttemptAt: null },
      refusal: 'This message is {status}; it cannot be marked as passed on.',
    },
  });
}
