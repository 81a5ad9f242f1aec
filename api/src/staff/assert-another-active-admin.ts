import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';

/** The service must always keep one enabled admin who can sign in: refuses a change that would leave only `staffId`. */
export async function assertAnotherActiveAdmin(deps: Pick<AppDeps, 'db'>, options: { staffId: string }): Promise<void> {
  const others = await deps.db.staff.count({ where: { role: 'admin', disabledAt: null, id: { not: options.staffId } } });
  if (others === 0) throw new AppError('LAST_ADMIN', 'This is the only enabled admin; make someone else an admin first.');
}
