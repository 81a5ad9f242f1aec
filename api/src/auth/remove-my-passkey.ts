import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { isMfaRequired } from './mfa-requirement.ts';
import { hasSecondFactor } from './second-factor.ts';

/**
 * Removes one of one's own passkeys. The count on the account is lowered by
 * a conditional UPDATE that holds the account's row, and what is left is read
 * after it, so two removals at once cannot both pass the "something must be
 * left" check while the service requires two-step sign-in. The last second
 * factor going takes the recovery codes with it.
 */
export async function removeMyPasskey(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext & { actor: { id: string; email: string } }; passkeyId: string },
): Promise<void> {
  const { context, passkeyId } = options;
  const staffId = context.actor.id;
  await inTransaction(deps.db, async (tx) => {
    const lowered = await tx.staff.updateMany({ where: { id: staffId, passkeyCount: { gt: 0 } }, data: { passkeyCount: { decrement: 1 } } });
    const removed = lowered.count === 1 ? await tx.staffPasskey.deleteMany({ where: { id: passkeyId, staffId } }) : { count: 0 };
    if (removed.count !== 1) throw new AppError('NOT_FOUND', 'That passkey is not on your account.');
    const staff = await tx.staff.findUniqueOrThrow({ where: { id: staffId } });
    const left = hasSecondFactor(staff);
    if (!left && (await isMfaRequired(tx))) {
      throw new AppError('FORBIDDEN', 'Two-step sign-in is required here: add another passkey or an authenticator app before removing this one.');
    }
    if (!left) await tx.mfaRecoveryCode.deleteMany({ where: { staffId } });
    await appendAuditEvent(tx, deps, context, {
      action: 'auth.passkey_remove', entityType: 'staff', entityId: staffId, details: { passkeyId, secondFactorLeft: left },
    });
  });
}
