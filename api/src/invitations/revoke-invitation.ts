import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { toInvitationView } from './invitation-view.ts';
import type { InvitationView } from './schemas.ts';

/** Withdraws an invitation: its link and code stop working at once (phones already signed in keep their card; sign those out on the holder's page). */
export async function revokeInvitation(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; invitationId: string },
): Promise<InvitationView> {
  const { context, invitationId: id } = options;
  const now = deps.clock();
  const row = await deps.db.invitation.findUnique({ where: { id } });
  if (!row) throw new AppError('NOT_FOUND', 'No invitation with this id.');
  await inTransaction(deps.db, async (tx) => {
    const updated = await tx.invitation.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    if (updated.count !== 1) throw new AppError('INVITATION_STATE_CONFLICT', 'This invitation is already withdrawn.');
    // A slip or email not yet passed on must not go out with a dead code.
    await tx.outboxMessage.updateMany({
      where: { invitationId: id, kind: 'card_invitation', status: { in: ['queued', 'manual', 'failed'] } },
      data: { status: 'withdrawn', nextAttemptAt: null, updatedAt: now },
    });
    await appendAuditEvent(tx, deps, context, { action: 'invitation.revoke', entityType: 'holder', entityId: row.holderId, details: { invitationId: id } });
  });
  const creator = row.createdById ? await deps.db.staff.findUnique({ where: { id: row.createdById }, select: { email: true } }) : null;
  return toInvitationView(await deps.db.invitation.findUniqueOrThrow({ where: { id } }), now, creator?.email ?? null);
}
