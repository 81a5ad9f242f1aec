import { appendAuditEvent } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { SetPasswordBody } from './schemas.ts';
import type { AuthDeps } from './deps.ts';
import { consumeOneTimeLink, invalidLink, peekOneTimeLink } from './one-time-links.ts';
import { assertStrongPassword, hashPassword } from './passwords.ts';
import { endAllSessions } from './sessions.ts';

/** Sets a password from a one-time link; any open sessions of that person end. */
export async function setPasswordWithLink(deps: AuthDeps, options: SetPasswordBody & { ip: string | null }) {
  const { ip, ...input } = options;
  const { db } = deps;
  const at = deps.clock();
  const link = await peekOneTimeLink(db, 'set-password', input.token, at);
  const staff = link.staffId ? await db.staff.findUnique({ where: { id: link.staffId } }) : null;
  if (!staff || staff.disabledAt) throw invalidLink();
  assertStrongPassword(input.password, [staff.email.split('@')[0] ?? '', ...staff.name.split(/\s+/)]);
  const passwordHash = await hashPassword(input.password);
  await inTransaction(db, async (tx) => {
    await consumeOneTimeLink(tx, 'set-password', input.token, at);
    await tx.staff.update({ where: { id: staff.id }, data: { passwordHash } });
    await endAllSessions(tx, staff.id, 'password_changed', at);
    await appendAuditEvent(
      tx,
      deps,
      { actor: { id: staff.id, email: staff.email }, ip },
      { action: 'staff.password_set', entityType: 'staff', entityId: staff.id },
    );
  });
}
