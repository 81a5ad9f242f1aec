import type { Tx } from '../db/transaction.ts';
import { AppError } from '../errors.ts';

/**
 * Inside the transaction that would disable or demote `staffId`: refuses
 * when no other enabled admin would be left. It first locks every enabled
 * admin's row (a no-op UPDATE; on SQLite the transaction's write lock already
 * holds the whole database), so two admins disabling or demoting each other at
 * the same moment take turns, and the second counts after the first commits.
 */
export async function assertAnotherActiveAdmin(tx: Tx, options: { staffId: string }): Promise<void> {
  await tx.$executeRaw`UPDATE "Staff" SET "role" = "role" WHERE "role" = 'admin' AND "disabledAt" IS NULL`;
  const others = await tx.staff.count({ where: { role: 'admin', disabledAt: null, id: { not: options.staffId } } });
  if (others === 0) throw new AppError('LAST_ADMIN', 'This is the only enabled admin; make someone else an admin first.');
}
