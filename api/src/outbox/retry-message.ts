import type { AuditContext } from '../audit/record-audit-event.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { applyMessageStatusChange } from './message-status-change.ts';
import { findOutboxMessage } from './find-outbox-message.ts';
import type { OutboxMessageView } from './schemas.ts';

/**
 * Sends a failed email again (or one that waited while SMTP was not set up),
 * from a fresh count of tries: it is queued, and the outbox told at once.
 */
export async function retryMessage(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner'> & { jobs: Pick<AppDeps['jobs'], 'outbox'> },
  options: { context: AuditContext; messageId: string },
): Promise<OutboxMessageView> {
  const { context, messageId } = options;
  const row = await findOutboxMessage(deps, { messageId });
  if (row.channel !== 'email' || !row.toAddress) throw new AppError('MESSAGE_STATE_CONFLICT', 'This is a printed slip; print it and hand it over instead.');
  if (deps.config.mail.smtpUrl === null) {
    throw new AppError('EMAIL_NOT_CONFIGURED', 'Email is not set up on this server (SMTP_URL). Copy the message into your own email, then mark it as passed on.');
  }
  const message = await applyMessageStatusChange(deps, {
    context,
    messageId,
    change: {
      action: 'outbox.retry',
      from: ['failed', 'manual'],
      data: { status: 'queued', attempts: 0, nextAttemptAt: deps.clock(), lastError: null, claimedAt: null },
      refusal: 'This message is {status}; only a failed or waiting message can be sent again.',
    },
  });
  // Not awaited: the answer does not wait for the mail server.
  void deps.jobs.outbox.runNow();
  return message;
}
