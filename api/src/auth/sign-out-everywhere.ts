import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { endAllSessions } from './sessions.ts';

/**
 * Ends every session of the signed-in person, this one included: every
 * access token is refused on its next request and every refresh token with it.
 */
export async function signOutEverywhere(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext & { actor: { id: string; email: string } } },
): Promise<{ endedSessions: number }> {
  const { context } = options;
  const staffId = context.actor.id;
  return inTransaction(deps.db, async (tx) => {
    const at = deps.clock();
    const endedSessions = await endAllSessions(tx, staffId, 'signed_out_everywhere', at);
    // Their refresh tokens are used up too, so none can be presented again whatever a later change to sessions does.
    await tx.refreshToken.updateMany({ where: { session: { staffId }, usedAt: null }, data: { usedAt: at } });
    await appendAuditEvent(tx, deps, context, { action: 'auth.sign_out_everywhere', entityType: 'staff', entityId: staffId, details: { endedSessions } });
    return { endedSessions };
  });
}
