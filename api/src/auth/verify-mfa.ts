import { appendAuditEvent, recordAuditEvent } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import type { AuthDeps } from './deps.ts';
import { reserveMfaAttempt } from './mfa-attempts.ts';
import { claimChallenge, findOpenChallenge, invalidChallenge } from './mfa-challenges.ts';
import { openMfaSecret } from './mfa-secret-box.ts';
import { hashRecoveryCode } from './recovery-codes.ts';
import type { MfaVerifyBody } from './schemas.ts';
import { openSignedInSession } from './open-signed-in-session.ts';
import { matchTotp } from './totp.ts';

const wrongCode = () => new AppError('MFA_CODE_INVALID', 'That code is not right, or has already been used.');

/**
 * The second step of signing in: the MFA challenge from login plus a code
 * from the authenticator app (6 digits) or one of the recovery codes. Each
 * try is reserved against the account's count before the code is checked;
 * the session, the used-up challenge, the used time step or recovery code
 * and the audit event commit together, each claimed with a conditional
 * UPDATE, so a code (or a challenge) is accepted once however many requests
 * carry it at the same moment.
 */
export async function verifyMfa(deps: AuthDeps, options: MfaVerifyBody & { ip: string | null; userAgent: string | null }) {
  const { db, config } = deps;
  const { ip } = options;
  const at = deps.clock();
  const challenge = await findOpenChallenge(db, options.mfaToken, at);
  const staff = challenge.staff;
  const actor = { id: staff.id, email: staff.email };
  await reserveMfaAttempt(db, staff.id, config.login, at);

  // Apps show "123 456"; recovery codes ignore spaces and dashes anyway.
  const code = options.code.replace(/\s+/g, '');
  const isTotp = /^\d{6}$/.test(code);
  const secret = isTotp && staff.totpSecret ? openMfaSecret(config, staff.totpSecret) : undefined;
  const step = secret ? matchTotp(secret, code, at) : undefined;
  const recoveryHash = isTotp ? undefined : hashRecoveryCode(code);
  const recovery = recoveryHash
    ? await db.mfaRecoveryCode.findUnique({ where: { codeHash: recoveryHash } })
    : null;
  const recoveryOk = recovery !== null && recovery.staffId === staff.id && recovery.usedAt === null;
  if (step === undefined && !recoveryOk) {
    // The reservation stays: it is this failure's count.
    await recordAuditEvent(deps, { actor, ip }, { action: 'auth.mfa_failed', entityType: 'staff', entityId: staff.id });
    throw wrongCode();
  }

  return inTransaction(db, async (tx) => {
    if (!(await claimChallenge(tx, challenge.tokenHash, at))) throw invalidChallenge();
    let method: 'totp' | 'recovery_code';
    let recoveryCodesLeft: number | undefined;
    if (step !== undefined) {
      method = 'totp';
      // A code whose time step (or a later one) was already accepted is a replay.
      const used = await tx.staff.updateMany({
        where: { id: staff.id, totpEnabledAt: { not: null }, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      });
      if (used.count !== 1) throw wrongCode();
    } else {
      method = 'recovery_code';
      const used = await tx.mfaRecoveryCode.updateMany({ where: { codeHash: recoveryHash!, staffId: staff.id, usedAt: null }, data: { usedAt: at } });
      if (used.count !== 1) throw wrongCode();
      recoveryCodesLeft = await tx.mfaRecoveryCode.count({ where: { staffId: staff.id, usedAt: null } });
      await appendAuditEvent(tx, deps, { actor, ip }, {
        action: 'auth.mfa_recovery_code_used', entityType: 'staff', entityId: staff.id, details: { recoveryCodesLeft },
      });
    }
    const session = await openSignedInSession(tx, deps, { staff, ip, userAgent: options.userAgent, at, secondFactor: method });
    return { ...session, recoveryCodesLeft };
  });
}
