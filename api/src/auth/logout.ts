import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { endSession } from './sessions.ts';

/** Ends the signed-in session (its refresh token stops working at once). */
export async function logout(deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>, options: { context: AuditContext; staffId: string; sessionId: string }): Promise<void> {
  const { context, staffId, sessionId } = options;
  await inTransaction(deps.db, async (tx) => {
    await endSession(tx, sessionId, 'logout', deps.clock());
    await appendAuditEvent(tx, deps, context, { action: 'auth.logout', entityType: 'staff', entityId: staffId, details: { sessionId } });
  });
}
