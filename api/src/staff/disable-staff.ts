import { appendAuditEvent } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { endAllSessions } from '../auth/sessions.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { assertAnotherActiveAdmin } from './assert-another-active-admin.ts';
import { findStaff } from './find-staff.ts';
import type { StaffUser } from './schemas.ts';
import type { SignedInContext } from './signed-in-context.ts';
import { toStaffUser } from './staff-view.ts';

/** Disabling ends every session of that person at once. Nobody disables themselves, nor the last enabled admin. */
export async function disableStaff(deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>, options: { context: SignedInContext; staffId: string }): Promise<StaffUser> {
  const { db } = deps;
  const { context, staffId } = options;
  const staff = await findStaff(deps, { staffId });
  if (staffId === context.actor.id) throw new AppError('CANNOT_CHANGE_SELF', 'You cannot disable your own account.');
  if (staff.disabledAt) return toStaffUser(staff);
  const at = deps.clock();
  return inTransaction(db, async (tx) => {
    if (staff.role === 'admin') await assertAnotherActiveAdmin(tx, { staffId });
    // Only while still enabled: disabled by someone else meanwhile, nothing changes and nothing is recorded.
    const changed = await tx.staff.updateMany({ where: { id: staffId, disabledAt: null }, data: { disabledAt: at } });
    const updated = await tx.staff.findUniqueOrThrow({ where: { id: staffId } });
    if (changed.count !== 1) return toStaffUser(updated);
    const endedSessions = await endAllSessions(tx, staffId, 'disabled', at);
    await appendAuditEvent(tx, deps, context, { action: 'staff.disable', entityType: 'staff', entityId: staffId, details: { endedSessions } });
    return toStaffUser(updated);
  });
}
