import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';

/** Staff mark that they got in touch with a young carer who wants to take part. */
export async function markFollowedUp(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext & { actor: { id: string; email: string } }; interestId: string },
): Promise<void> {
  const { context, interestId } = options;
  await inTransaction(deps.db, async (tx) => {
    const row = await tx.takePartInterest.findUnique({ where: { id: interestId } });
    if (!row) throw new AppError('NOT_FOUND', 'No such entry.');
    await tx.takePartInterest.update({ where: { id: interestId }, data: { followedUpAt: deps.clock(), followedUpById: context.actor.id } });
    await appendAuditEvent(tx, deps, context, { action: 'take_part.followed_up', entityType: 'holder', entityId: row.holderId });
  });
}
