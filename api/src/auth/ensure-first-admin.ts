import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { Config } from '../config.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { normalizeEmail } from '../staff/staff-view.ts';
import type { AuthDeps } from './deps.ts';
import { issueOneTimeLink } from './one-time-links.ts';
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
export async function ensureFirstAdmin(deps: AuthDeps, options: { firstAdmin: Config['firstAdmin'] }): Promise<FirstAdminOutcome> {
  const { db } = deps;
  const { firstAdmin } = options;
  if ((await db.staff.count()) > 0) return { kind: 'staff-exist' };
  if (firstAdmin) {
    const email = normalizeEmail(firstAdmin.email);
    assertStrongPassword(firstAdmin.password);
    try {
      const passwordHash = await hashPassword(firstAdmin.password);
      await inTransaction(db, async (tx) => {
        const staff = await tx.staff.create({ data: { id: randomUUID(), email, name: firstAdmin.name, role: 'admin', passwordHash } });
        await appendAuditEvent(tx, deps, { actor: null, ip: null }, {
          action: 'setup.first_admin', entityType: 'staff', entityId: staff.id, details: { from: 'environment' },
        });
      });
    } catch (error) {
      // Another process sharing the database created it first.
      if (!isUniqueViolation(error)) throw error;
    }
    return { kind: 'created-from-env', email };
  }
  return { kind: 'setup-link', ...(await issueOneTimeLink(deps, 'setup', null)) };
}
