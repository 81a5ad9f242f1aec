import { hasSecondFactor } from '../auth/second-factor.ts';
import { appendAuditEvent } from '../audit/record-audit-event.ts';
import { REQUIRE_MFA_SETTING } from '../auth/mfa-requirement.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { SecuritySettings } from './schemas.ts';
import type { SignedInContext } from './signed-in-context.ts';

/**
 * "Require two-step sign-in for everyone". Turning it on takes effect on the
 * next request of every session (within 5 s on other API processes): staff without it can then only set it up
 * (MFA_ENROLMENT_REQUIRED for everything else). The admin turning it on must
 * have it already, so they cannot lock themselves into enrolment by surprise.
 */
export async function setSecuritySettings(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner' | 'mfaRequirement'>,
  options: { context: SignedInContext; settings: SecuritySettings },
): Promise<SecuritySettings> {
  const { context, settings } = options;
  const value = settings.mfaRequired ? 'true' : 'false';
  if (settings.mfaRequired) {
    const me = await deps.db.staff.findUniqueOrThrow({ where: { id: context.actor.id } });
    if (!hasSecondFactor(me)) throw new AppError('MFA_NOT_ENROLLED', 'Set up two-step sign-in for your own account first.');
  }
  await inTransaction(deps.db, async (tx) => {
    await tx.setting.upsert({ where: { key: REQUIRE_MFA_SETTING }, create: { key: REQUIRE_MFA_SETTING, value }, update: { value } });
    await appendAuditEvent(tx, deps, context, { action: 'settings.mfa_required', entityType: 'setting', entityId: REQUIRE_MFA_SETTING, details: { mfaRequired: settings.mfaRequired } });
  });
  deps.mfaRequirement.invalidate();
  return settings;
}
