import { appendAuditEvent } from '../audit/record-audit-event.ts';
import type { Tx } from '../db/transaction.ts';
import type { AuthDeps } from './deps.ts';
import { clearMfaFailures } from './mfa-attempts.ts';
import { startSession } from './sessions.ts';

/**
 * The end of a second step that succeeded (a code or a passkey), inside the
 * transaction that used the challenge up: the count of wrong tries clears, a
 * session starts and the sign-in is recorded with the factor used.
 */
export async function openSignedInSession(
  tx: Tx,
  deps: AuthDeps,
  options: {
    staff: { id: string; email: string };
    ip: string | null;
    userAgent: string | null;
    at: Date;
    secondFactor: 'totp' | 'recovery_code' | 'passkey';
  },
) {
  const { staff, ip, at, secondFactor } = options;
  await clearMfaFailures(tx, staff.id);
  const session = await startSession({ ...deps, db: tx }, { staffId: staff.id, userAgent: options.userAgent });
  const user = await tx.staff.update({ where: { id: staff.id }, data: { lastLoginAt: at } });
  await appendAuditEvent(tx, deps, { actor: { id: staff.id, email: staff.email }, ip }, {
    action: 'auth.login', entityType: 'staff', entityId: staff.id, details: { sessionId: session.sessionId, secondFactor },
  });
  return { staff: user, ...session };
}
