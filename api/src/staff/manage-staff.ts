import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { AuthDeps } from '../auth/deps.ts';
import { issueOneTimeLink } from '../auth/one-time-links.ts';
import { endAllSessions } from '../auth/sessions.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { PasswordLink, StaffList, StaffUser, UpdateStaffBody } from './schemas.ts';
import { toStaffUser } from './staff-view.ts';

type Actor = AuditContext & { actor: { id: string; email: string } };

export async function listStaff({ db }: { db: Db }): Promise<StaffList> {
  const rows = await db.staff.findMany({ orderBy: [{ disabledAt: 'asc' }, { name: 'asc' }] });
  return { items: rows.map(toStaffUser) };
}

async function findStaff(db: Db, id: string) {
  const staff = await db.staff.findUnique({ where: { id } });
  if (!staff) throw new AppError('NOT_FOUND', 'No staff account with this id.');
  return staff;
}

/** The service must always keep one enabled admin who can sign in. */
async function assertAnotherActiveAdmin(db: Db, exceptId: string): Promise<void> {
  const others = await db.staff.count({ where: { role: 'admin', disabledAt: null, id: { not: exceptId } } });
  if (others === 0) throw new AppError('LAST_ADMIN', 'This is the only enabled admin; make someone else an admin first.');
}

export async function updateStaff(deps: AuthDeps, context: Actor, id: string, input: UpdateStaffBody): Promise<StaffUser> {
  const { db } = deps;
  const staff = await findStaff(db, id);
  if (input.role && input.role !== staff.role) {
    if (id === context.actor.id) throw new AppError('CANNOT_CHANGE_SELF', 'You cannot change your own role.');
    if (staff.role === 'admin') await assertAnotherActiveAdmin(db, id);
  }
  const updated = await db.staff.update({
    where: { id },
    data: { ...(input.role ? { role: input.role } : {}), ...(input.name ? { name: input.name.trim() } : {}) },
  });
  await recordAuditEvent(deps, context, {
    action: 'staff.update',
    entityType: 'staff',
    entityId: id,
    details: { ...(input.role ? { role: { from: staff.role, to: updated.role } } : {}), ...(input.name ? { nameChanged: true } : {}) },
  });
  return toStaffUser(updated);
}

/** Disabling ends every session of that person at once. */
export async function disableStaff(deps: AuthDeps, context: Actor, id: string): Promise<StaffUser> {
  const { db } = deps;
  const staff = await findStaff(db, id);
  if (id === context.actor.id) throw new AppError('CANNOT_CHANGE_SELF', 'You cannot disable your own account.');
  if (staff.disabledAt) return toStaffUser(staff);
  if (staff.role === 'admin') await assertAnotherActiveAdmin(db, id);
  const at = deps.clock();
  const updated = await db.staff.update({ where: { id }, data: { disabledAt: at } });
  const endedSessions = await endAllSessions(db, id, 'disabled', at);
  await recordAuditEvent(deps, context, { action: 'staff.disable', entityType: 'staff', entityId: id, details: { endedSessions } });
  return toStaffUser(updated);
}

export async function enableStaff(deps: AuthDeps, context: Actor, id: string): Promise<StaffUser> {
  const { db } = deps;
  const staff = await findStaff(db, id);
  if (!staff.disabledAt) return toStaffUser(staff);
  const updated = await db.staff.update({ where: { id }, data: { disabledAt: null } });
  await recordAuditEvent(deps, context, { action: 'staff.enable', entityType: 'staff', entityId: id });
  return toStaffUser(updated);
}

/** A fresh one-time set-password link (the previous unused one stops working). */
export async function issuePasswordLink(deps: AuthDeps, context: Actor, id: string): Promise<PasswordLink> {
  const staff = await findStaff(deps.db, id);
  if (staff.disabledAt) throw new AppError('FORBIDDEN', 'Enable this account before sending a password link.');
  const link = await issueOneTimeLink(deps, 'set-password', id);
  await recordAuditEvent(deps, context, { action: 'staff.password_link', entityType: 'staff', entityId: id });
  return link;
}
