import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { clearMfaFailures, reserveMfaAttempt } from './mfa-attempts.ts';
import { isMfaRequired } from './mfa-requirement.ts';
import { openMfaSecret } from './mfa-secret-box.ts';
import { hasSecondFactor } from './second-factor.ts';
import { matchTotp } from './totp.ts';

/**
 * Turns off one's own authenticator app, proven with a current code (tries
 * counted like sign-in codes). With passkeys left, two-step sign-in stays on
 * (with them and the recovery codes); without, it is off, which is refused
 * while the service requires it.
 */
export async function disableMyMfa(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext & { actor: { id: string; email: string } }; code: string },
): Promise<void> {
  const { db, config } = deps;
  const { context } = options;
  const staffId = context.actor.id;
  const at = deps.clock();
  const staff = await db.staff.findUniqueOrThrow({ where: { id: staffId } });
  if (!staff.totpEnabledAt || !staff.totpSecret) throw new AppError('MFA_NOT_ENROLLED', 'Two-step sign-in is not set up for this account.');
  await reserveMfaAttempt(db, staffId, config.login, at);
  const secret = openMfaSecret(config, staff.totpSecret);
  const step = secret ? matchTotp(secret, options.code, at) : undefined;
  if (step === undefined) throw new AppError('MFA_CODE_INVALID', 'That code is not right, or has already been used.');
  await inTransaction(db, async (tx) => {
    const off = await tx.staff.updateMany({
      where: { id: staffId, totpEnabledAt: { not: null }, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpSecret: null, totpPending: null, totpEnabledAt: null, totpLastStep: null },
    });
    if (off.count !== 1) throw new AppError('MFA_CODE_INVALID', 'That code is not right, or has already been used.');
    // Read after the UPDATE, which holds the row: a passkey removed meanwhile is seen.
    const left = hasSecondFactor(await tx.staff.findUniqueOrThrow({ where: { id: staffId } }));
    if (!left && (await isMfaRequired(tx))) throw new AppError('FORBIDDEN', 'Two-step sign-in is required for every account here.');
    if (!left) await tx.mfaRecoveryCode.deleteMany({ where: { staffId } });
    await clearMfaFailures(tx, staffId);
    await appendAuditEvent(tx, deps, context, {
      action: 'auth.mfa_disable', entityType: 'staff', entityId: staffId, details: { method: 'totp', secondFactorLeft: left },
    });
  });
}
