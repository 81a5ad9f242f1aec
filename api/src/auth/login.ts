import { appendAuditEvent, recordAuditEvent } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { normalizeEmail } from '../staff/staff-view.ts';
import type { LoginBody } from './schemas.ts';
import type { AuthDeps } from './deps.ts';
import { clearLoginFailures, reserveLoginAttempt, throttleKeys } from './login-throttle.ts';
import { decoyPasswordHash, verifyPassword } from './passwords.ts';
import { issueMfaChallenge } from './mfa-challenges.ts';
import { isMfaRequired } from './mfa-requirement.ts';
import { hasSecondFactor, secondFactorMethods } from './second-factor.ts';
import { startSession } from './sessions.ts';

/**
 * Signs a staff member in. Wrong email, wrong password and an account without
 * a password all get the same answer and take the same time, so nobody can
 * learn which accounts exist. A disabled account is said to be disabled only
 * after its password checked out: whoever knows the password learns nothing
 * new, and a wrong guess gets the answer every wrong guess gets. Every attempt, whatever the
 * email, is reserved against the throttle before its password is checked, so
 * a burst of parallel guesses gets no more checks than the limits allow.
 * With two-step sign-in set up, a right password gives only an MFA
 * challenge (verify-mfa.ts turns it into a session).
 */
export async function login(deps: AuthDeps, options: LoginBody & { ip: string | null; userAgent: string | null }) {
  const { ip, userAgent, ...input } = options;
  const context = { ip };
  const { db, config } = deps;
  const at = deps.clock();
  const email = normalizeEmail(input.email);
  const keys = throttleKeys(email, context.ip);
  await reserveLoginAttempt(db, keys, config.login, at);

  const staff = await db.staff.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(input.password, staff?.passwordHash ?? (await decoyPasswordHash()));
  if (!staff || !staff.passwordHash || !passwordOk || staff.disabledAt) {
    // The reservation stays: it is this failure's count.
    await recordAuditEvent(
      deps,
      { actor: null, ip: context.ip },
      { action: 'auth.login_failed', entityType: staff ? 'staff' : undefined, entityId: staff?.id },
    );
    if (staff && staff.passwordHash && passwordOk && staff.disabledAt) {
      throw new AppError('ACCOUNT_DISABLED', 'This account has been disabled. Ask an administrator at your organisation to enable it again.');
    }
    throw new AppError('INVALID_CREDENTIALS', 'The email or password is not right.');
  }
  if (hasSecondFactor(staff)) {
    // Password right: a short-lived second step, not a session. The password count starts again; codes are counted on their own.
    const challenge = await inTransaction(db, async (tx) => {
      await clearLoginFailures(tx, keys, config.login);
      return issueMfaChallenge(tx, { staffId: staff.id, ip, userAgent, at });
    });
    return { kind: 'mfa' as const, ...challenge, methods: secondFactorMethods(staff) };
  }
  return inTransaction(db, async (tx) => {
    await clearLoginFailures(tx, keys, config.login);
    const session = await startSession({ ...deps, db: tx }, { staffId: staff.id, userAgent });
    const user = await tx.staff.update({ where: { id: staff.id }, data: { lastLoginAt: at } });
    await appendAuditEvent(
      tx,
      deps,
      { actor: { id: staff.id, email: staff.email }, ip: context.ip },
      { action: 'auth.login', entityType: 'staff', entityId: staff.id, details: { sessionId: session.sessionId } },
    );
    return { kind: 'session' as const, staff: user, ...session, mfaEnrolmentRequired: await isMfaRequired(tx) };
  });
}
