import { appendAuditEvent } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { findStaff } from './find-staff.ts';
import type { StaffUser } from './schemas.ts';
import type { SignedInContext } from './signed-in-context.ts';
import { toStaffUser } from './staff-view.ts';

/** Lets a disabled account sign in again (its old sessions stay ended). Enabling an enabled account changes nothing. */
export async function enableStaff(deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>, options: { context: SignedInContext; staffId: string }): Promise<StaffUser> {
  const { context, staffId } = options;
  const staff = await findStaff(deps, { staffId });
  if (!staff.disabledAt) return toStaffUser(staff);
  return inTransaction(deps.db, async (tx) => {
    const updated = await tx.staff.update({ where: { id: staffId }, data: { disabledAt: null } });
    await appendAuditEvent(tx, deps, context, { action: 'staff.enable', entityType: 'staff', entityId: staffId });
    return toStaffUser(updated);
  });
}
