import { randomUUID } from 'node:crypto';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { issueOneTimeLink } from '../auth/one-time-links.ts';
import { isUniqueViolation } from '../db/errors.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { CreateStaffBody, CreatedStaff } from './schemas.ts';
import { normalizeEmail, toStaffUser } from './staff-view.ts';

/** Adds a staff account without a password, and a one-time link for its owner to set one. */
export async function createStaff(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; staff: CreateStaffBody },
): Promise<CreatedStaff> {
  const { context, staff: fields } = options;
  const email = normalizeEmail(fields.email);
  try {
    return await inTransaction(deps.db, async (tx) => {
      const created = await tx.staff.create({ data: { id: randomUUID(), email, name: fields.name.trim(), role: fields.role } });
      const passwordLink = await issueOneTimeLink({ ...deps, db: tx }, 'set-password', created.id);
      await appendAuditEvent(tx, deps, context, {
        action: 'staff.create', entityType: 'staff', entityId: created.id, details: { role: created.role },
      });
      return { user: toStaffUser(created), passwordLink };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('EMAIL_TAKEN', 'A staff account with this email already exists.', { field: 'email' });
    }
    throw error;
  }
}
