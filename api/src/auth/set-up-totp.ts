import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { sealMfaSecret } from './mfa-secret-box.ts';
import { newTotpSecret, totpUri } from './totp.ts';

/**
 * Starts enrolment: a new secret, kept (encrypted) as pending until
 * confirmTotp sees a code made from it. Nothing is switched on yet, so this
 * is not audited; a second call replaces the pending secret.
 */
export async function setUpTotp(deps: Pick<AppDeps, 'db' | 'config'>, options: { staffId: string }) {
  const secret = newTotpSecret();
  const updated = await deps.db.staff.updateMany({
    where: { id: options.staffId, totpEnabledAt: null },
    data: { totpPending: sealMfaSecret(deps.config, secret) },
  });
  if (updated.count !== 1) throw new AppError('MFA_ALREADY_ENROLLED', 'Two-step sign-in is already set up for this account.');
  const staff = await deps.db.staff.findUniqueOrThrow({ where: { id: options.staffId } });
  return { secret, uri: totpUri(secret, staff.email) };
}
