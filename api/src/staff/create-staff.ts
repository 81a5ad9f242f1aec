import { randomUUID } from 'node:crypto';
import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { AuthDeps } from '../auth/deps.ts';
import { issueOneTimeLink } from '../auth/one-time-links.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import type { CreateStaffBody, CreatedStaff } from './schemas.ts';
import { normalizeEmail, toStaffUser } from './staff-view.ts';

/** Adds a staff account without a password, and a one-time link for its owner to set one. */
export async function createStaff(deps: AuthDeps, context: AuditContext, input: CreateStaffBody): Promise<CreatedStaff> {
  const email = normalizeEmail(input.email);
  let staff;
  try {
    staff = await deps.db.staff.create({ data: { id: randomUUID(), email, name: input.name.trim(), role: input.role } });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('EMAIL_TAKEN', 'A staff account with this email already exists.', { field: 'email' });
    }
    throw error;
  }
  const passwordLink = await issueOneTimeLink(deps, 'set-password', staff.id);
  await recordAuditEvent(deps, context, {
    action: 'staff.create', entityType: 'staff', entityId: staff.id, details: { role: staff.role },
  });
  return { user: toStaffUser(staff), passwordLink };
}
