import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';

/** Ends one of the signed-in person's own sessions (a phone left signed in, say); its access and refresh tokens stop at once. */
export async function endMySession(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext & { actor: { id: string; email: string } }; sessionId: string },
): Promise<void> {
  const { context, sessionId } = options;
  const staffId = context.actor.id;
  await inTransaction(deps.db, async (tx) => {
    const ended = await tx.staffSession.updateMany({
      where: { id: sessionId, staffId, endedAt: null },
      data: { endedAt: deps.clock(), endReason: 'ended_by_owner' },
    });
    if (ended.count !== 1) throw new AppError('NOT_FOUND', 'No open session of yours with this id.');
    await appendAuditEvent(tx, deps, context, { action: 'auth.session_end', entityType: 'staff', entityId: staffId, details: { sessionId } });
  });
}
