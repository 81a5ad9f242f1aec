import { AppError } from '../errors.ts';
import type { AuthDeps } from './deps.ts';
import { invalidLink, peekOneTimeLink } from './one-time-links.ts';
import type { PasswordLinkView } from './schemas.ts';

/**
 * POST /api/auth/set-password/check: what the set-password page asks as it
 * opens, before anyone types a password. A live link answers whose account
 * it is for (the token holder was sent it for that account); an unknown,
 * used or expired link gets INVALID_LINK, and one for a disabled account
 * ACCOUNT_DISABLED, each with what to do. Nothing is used up.
 */
export async function checkPasswordLink(deps: Pick<AuthDeps, 'db' | 'clock'>, options: { token: string }): Promise<PasswordLinkView> {
  const link = await peekOneTimeLink(deps.db, 'set-password', options.token, deps.clock());
  const staff = link.staffId ? await deps.db.staff.findUnique({ where: { id: link.staffId } }) : null;
  if (!staff) throw invalidLink();
  if (staff.disabledAt) {
    throw new AppError('ACCOUNT_DISABLED', 'This account has been disabled, so its password cannot be set. Ask an administrator to enable it and send a new link.');
  }
  return { name: staff.name, email: staff.email, expiresAt: link.expiresAt.toISOString() };
}
