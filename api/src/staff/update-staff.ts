import { appendAuditEvent } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { assertAnotherActiveAdmin } from './assert-another-active-admin.ts';
import { findStaff } from './find-staff.ts';
import type { StaffUser, UpdateStaffBody } from './schemas.ts';
import type { SignedInContext } from './signed-in-context.ts';
import { toStaffUser } from './staff-view.ts';

/** Role or name. Nobody changes their own role, and the last enabled admin stays one. */
export async function updateStaff(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: SignedInContext; staffId: string; changes: UpdateStaffBody },
): Promise<StaffUser> {
  const { db } = deps;
  const { context, staffId, changes } = options;
  const staff = await findStaff(deps, { staffId });
  if (changes.role && changes.role !== staff.role) {
    if (staffId === context.actor.id) throw new AppError('CANNOT_CHANGE_SELF', 'You cannot change your own role.');
  }
  return inTransaction(db, async (tx) => {
    if (changes.role === 'staff' && staff.role === 'admin') await assertAnotherActiveAdmin(tx, { staffId });
    const updated = await tx.staff.update({
      where: { id: staffId },
      data: { ...(changes.role ? { role: changes.role } : {}), ...(changes.name ? { name: changes.name.trim() } : {}) },
    });
    await appendAuditEvent(tx, deps, context, {
      action: 'staff.update',
      entityType: 'staff',
      entityId: staffId,
      details: { ...(changes.role ? { role: { from: staff.role, to: updated.role } } : {}), ...(changes.name ? { nameChanged: true } : {}) },
    });
    return toStaffUser(updated);
  });
}
