import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { reserveMfaAttempt, clearMfaFailures } from './mfa-attempts.ts';
import { openMfaSecret } from './mfa-secret-box.ts';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.ts';
import { matchTotp } from './totp.ts';

/**
 * Finishes enrolment with one code from the app: the pending secret becomes
 * the account's, ten recovery codes are made (returned once, only hashes
 * kept), and the event is recorded, all in one transaction. Tries are counted
 * like sign-in codes.
 */
export async function confirmTotp(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext & { actor: { id: string; email: string } }; code: string },
) {
  const { db, config } = deps;
  const { context, code } = options;
  const staffId = context.actor.id;
  const at = deps.clock();
  const staff = await db.staff.findUniqueOrThrow({ where: { id: staffId } });
  if (staff.totpEnabledAt) throw new AppError('MFA_ALREADY_ENROLLED', 'Two-step sign-in is already set up for this account.');
  const pending = staff.totpPending ? openMfaSecret(config, staff.totpPending) : undefined;
  if (!staff.totpPending || !pending) throw new AppError('MFA_NOT_ENROLLED', 'Start setting up two-step sign-in first.');
  await reserveMfaAttempt(db, staffId, config.login, at);
  const step = matchTotp(pending, code, at);
  if (step === undefined) throw new AppError('MFA_CODE_INVALID', 'That code is not right. Check the app shows this account, and try the newest code.');
  const recoveryCodes = newRecoveryCodes();
  await inTransaction(db, async (tx) => {
    const enabled = await tx.staff.updateMany({
      where: { id: staffId, totpEnabledAt: null, totpPending: staff.totpPending },
      data: { totpSecret: staff.totpPending, totpPending: null, totpEnabledAt: at, totpLastStep: step },
    });
    if (enabled.count !== 1) throw new AppError('MFA_ALREADY_ENROLLED', 'Two-step sign-in was set up (or restarted) meanwhile.');
    await tx.mfaRecoveryCode.deleteMany({ where: { staffId } });
    await tx.mfaRecoveryCode.createMany({ data: recoveryCodes.map((c) => ({ codeHash: hashRecoveryCode(c), staffId, createdAt: at })) });
    await clearMfaFailures(tx, staffId);
    await appendAuditEvent(tx, deps, context, { action: 'auth.mfa_enrol', entityType: 'staff', entityId: staffId, details: { method: 'totp' } });
  });
  return { recoveryCodes };
}
