import { randomUUID } from 'node:crypto';
import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { Config } from '../config.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import { normalizeEmail, toStaffUser } from '../staff/staff-view.ts';
import type { SetupBody } from './schemas.ts';
import type { AuthDeps } from './deps.ts';
import { consumeOneTimeLink, issueOneTimeLink, peekOneTimeLink } from './one-time-links.ts';
import { assertStrongPassword, hashPassword } from './passwords.ts';

export type FirstAdminOutcome =
  | { kind: 'staff-exist' }
  | { kind: 'created-from-env'; email: string }
  | { kind: 'setup-link'; url: string; expiresAt: string };

/**
 * Runs at start-up. With no staff yet: creates the first admin from
 * ADMIN_EMAIL/ADMIN_PASSWORD, or else issues a one-time setup link (a new one
 * each start; older ones stop working).
 */
export async function ensureFirstAdmin(
  deps: AuthDeps,
  firstAdmin: Config['firstAdmin'],
): Promise<FirstAdminOutcome> {
  const { db } = deps;
  if ((await db.staff.count()) > 0) return { kind: 'staff-exist' };
  if (firstAdmin) {
    const email = normalizeEmail(firstAdmin.email);
    assertStrongPassword(firstAdmin.password);
    try {
      const staff = await db.staff.create({
        data: { id: randomUUID(), email, name: firstAdmin.name, role: 'admin', passwordHash: await hashPassword(firstAdmin.password) },
      });
      await recordAuditEvent(deps, { actor: null, ip: null }, {
        action: 'setup.first_admin', entityType: 'staff', entityId: staff.id, details: { from: 'environment' },
      });
    } catch (error) {
      // Another process sharing the database created it first.
      if (!isUniqueViolation(error)) throw error;
    }
    return { kind: 'created-from-env', email };
  }
  return { kind: 'setup-link', ...(await issueOneTimeLink(deps, 'setup', null)) };
}

export async function isSetupNeeded({ db }: Pick<AuthDeps, 'db'>): Promise<boolean> {
  return (await db.staff.count()) === 0;
}

/** Creates the first admin through the setup link printed at start-up. */
export async function completeSetup(deps: AuthDeps, input: SetupBody, context: Omit<AuditContext, 'actor'>) {
  const { db } = deps;
  const at = deps.clock();
  if (!(await isSetupNeeded(deps))) {
    throw new AppError('SETUP_NOT_AVAILABLE', 'Setup is already complete. Sign in instead.');
  }
  await peekOneTimeLink(db, 'setup', input.token, at);
  const email = normalizeEmail(input.email);
  assertStrongPassword(input.password, [email.split('@')[0] ?? '', ...input.name.split(/\s+/)]);
  const passwordHash = await hashPassword(input.password);
  await consumeOneTimeLink(db, 'setup', input.token, at);
  const staff = await db.staff.create({
    data: { id: randomUUID(), email, name: input.name.trim(), role: 'admin', passwordHash },
  });
  await recordAuditEvent(
    deps,
    { actor: { id: staff.id, email: staff.email }, ip: context.ip },
    { action: 'setup.first_admin', entityType: 'staff', entityId: staff.id, details: { from: 'setup_link' } },
  );
  return toStaffUser(staff);
}
