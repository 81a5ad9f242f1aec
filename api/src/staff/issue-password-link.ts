import { appendAuditEvent } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { issueOneTimeLink } from '../auth/one-time-links.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { findStaff } from './find-staff.ts';
import type { PasswordLink } from './schemas.ts';
import type { SignedInContext } from './signed-in-context.ts';

/** A fresh one-time set-password link (the previous unused one stops working). Not for a disabled account. */
export async function issuePasswordLink(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner'>,
  options: { context: SignedInContext; staffId: string },
): Promise<PasswordLink> {
  const { context, staffId } = options;
  const staff = await findStaff(deps, { staffId });
  if (staff.disabledAt) throw new AppError('FORBIDDEN', 'Enable this account before sending a password link.');
  return inTransaction(deps.db, async (tx) => {
    const link = await issueOneTimeLink({ ...deps, db: tx }, 'set-password', staffId);
    await appendAuditEvent(tx, deps, context, { action: 'staff.password_link', entityType: 'staff', entityId: staffId });
    return link;
  });
}
