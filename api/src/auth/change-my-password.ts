import { appendAuditEvent, recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import type { ChangePasswordBody } from './schemas.ts';
import type { AuthDeps } from './deps.ts';
import { clearLoginFailures, reserveLoginAttempt, throttleKeys } from './login-throttle.ts';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords.ts';

/**
 * POST /api/auth/password: a signed-in person changes their own password.
 * The current password is checked against the sign-in throttle (the same
 * counters, so a stolen session cannot guess it faster than a sign-in
 * could); the new one follows the set-up rules. Every other session of the
 * account ends (this one stays), in the transaction of the change, which is
 * a conditional UPDATE on the old hash: of two changes at once, one wins and
 * the other is refused.
 */
export async function changeMyPassword(
  deps: AuthDeps,
  options: ChangePasswordBody & { context: AuditContext & { actor: { id: string; email: string } }; sessionId: string },
): Promise<{ endedSessions: number }> {
  const { context, sessionId } = options;
  const { db, config } = deps;
  const at = deps.clock();
  const staff = await db.staff.findUnique({ where: { id: context.actor.id } });
  if (!staff || staff.disabledAt) throw new AppError('SESSION_EXPIRED', 'Your session has ended. Please sign in again.');
  const keys = throttleKeys(staff.email, context.ip);
  await reserveLoginAttempt(db, keys, config.login, at);
  if (!staff.passwordHash || !(await verifyPassword(options.currentPassword, staff.passwordHash))) {
    await recordAuditEvent(deps, context, { action: 'staff.password_change_failed', entityType: 'staff', entityId: staff.id });
    throw new AppError('CURRENT_PASSWORD_WRONG', 'Your current password is not right.', { field: 'currentPassword' });
  }
  assertStrongPassword(options.newPassword, [staff.email.split('@')[0] ?? '', ...staff.name.split(/\s+/)]);
  const passwordHash = await hashPassword(options.newPassword);
  return inTransaction(db, async (tx) => {
    await clearLoginFailures(tx, keys, config.login);
    const changed = await tx.staff.updateMany({ where: { id: staff.id, passwordHash: staff.passwordHash, disabledAt: null }, data: { passwordHash } });
    if (changed.count !== 1) throw new AppError('PASSWORD_STATE_CONFLICT', 'Your password was changed a moment ago. Sign in again with the new one.');
    const ended = await tx.staffSession.updateMany({
      where: { staffId: staff.id, endedAt: null, id: { not: sessionId } },
      data: { endedAt: at, endReason: 'password_changed' },
    });
    await tx.refreshToken.updateMany({ where: { session: { staffId: staff.id, id: { not: sessionId } }, usedAt: null }, data: { usedAt: at } });
    await appendAuditEvent(tx, deps, context, { action: 'staff.password_change', entityType: 'staff', entityId: staff.id, details: { endedSessions: ended.count } });
    return { endedSessions: ended.count };
  });
}
