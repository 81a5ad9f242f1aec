import { randomUUID } from 'node:crypto';
import { appendAuditEvent } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { normalizeEmail, toStaffUser } from '../staff/staff-view.ts';
import type { AuthDeps } from './deps.ts';
import { isSetupNeeded } from './is-setup-needed.ts';
import { consumeOneTimeLink, peekOneTimeLink } from './one-time-links.ts';
import { assertStrongPassword, hashPassword } from './passwords.ts';
import type { SetupBody } from './schemas.ts';

/** Creates the first admin through the setup link printed at start-up. */
export async function completeSetup(deps: AuthDeps, options: { setup: SetupBody; ip: string | null }) {
  const { setup: input, ip } = options;
  const { db } = deps;
  const at = deps.clock();
  if (!(await isSetupNeeded(deps))) {
    throw new AppError('SETUP_NOT_AVAILABLE', 'Setup is already complete. Sign in instead.');
  }
  await peekOneTimeLink(db, 'setup', input.token, at);
  const email = normalizeEmail(input.email);
  assertStrongPassword(input.password, [email.split('@')[0] ?? '', ...input.name.split(/\s+/)]);
  const passwordHash = await hashPassword(input.password);
  const staff = await inTransaction(db, async (tx) => {
    await consumeOneTimeLink(tx, 'setup', input.token, at);
    const created = await tx.staff.create({
      data: { id: randomUUID(), email, name: input.name.trim(), role: 'admin', passwordHash },
    });
    await appendAuditEvent(
      tx,
      deps,
      { actor: { id: created.id, email: created.email }, ip },
      { action: 'setup.first_admin', entityType: 'staff', entityId: created.id, details: { from: 'setup_link' } },
    );
    return created;
  });
  return toStaffUser(staff);
}
