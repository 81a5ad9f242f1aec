import { appendAuditEvent } from '../audit/record-audit-event.ts';
import { clearMfaFailures } from '../auth/mfa-attempts.ts';
import { endAllSessions } from '../auth/sessions.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { findStaff } from './find-staff.ts';
import type { StaffUser } from './schemas.ts';
import type { SignedInContext } from './signed-in-context.ts';
import { normalizeEmail, toStaffUser } from './staff-view.ts';

/**
 * For a lost device with no recovery codes left: removes another staff
 * member's authenticator app, passkeys and recovery codes and ends all their sessions, so
 * they sign in with their password again (and set it up again, if required).
 * The admin types the person's email to confirm.
 */
export async function resetStaffMfa(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: SignedInContext; staffId: string; confirmEmail: string },
): Promise<StaffUser> {
  const { context, staffId } = options;
  const staff = await findStaff(deps, { staffId });
  if (staffId === context.actor.id) throw new AppError('CANNOT_CHANGE_SELF', 'Another admin has to reset your two-step sign-in.');
  if (normalizeEmail(options.confirmEmail) !== staff.email) {
    throw new AppError('VALIDATION_FAILED', 'Type the person’s email address exactly to confirm.', { field: 'confirmEmail' });
  }
  const at = deps.clock();
  return inTransaction(deps.db, async (tx) => {
    const reset = await tx.staff.updateMany({
      where: { id: staffId, OR: [{ totpEnabledAt: { not: null } }, { passkeyCount: { gt: 0 } }] },
      data: { totpSecret: null, totpPending: null, totpEnabledAt: null, totpLastStep: null, passkeyCount: 0, passkeyChallenge: null, passkeyChallengeExpiresAt: null },
    });
    if (reset.count !== 1) throw new AppError('MFA_NOT_ENROLLED', 'This person has not set up two-step sign-in.');
    const passkeys = await tx.staffPasskey.deleteMany({ where: { staffId } });
    const recoveryCodes = await tx.mfaRecoveryCode.deleteMany({ where: { staffId } });
    await tx.mfaChallenge.deleteMany({ where: { staffId } });
    await clearMfaFailures(tx, staffId);
    const endedSessions = await endAllSessions(tx, staffId, 'mfa_reset', at);
    await appendAuditEvent(tx, deps, context, {
      action: 'staff.mfa_reset', entityType: 'staff', entityId: staffId, details: { endedSessions, recoveryCodesRemoved: recoveryCodes.count, passkeysRemoved: passkeys.count },
    });
    return toStaffUser(await tx.staff.findUniqueOrThrow({ where: { id: staffId } }));
  });
}
