import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';

/** The staff row, or NOT_FOUND. */
export async function findStaff(deps: Pick<AppDeps, 'db'>, options: { staffId: string }) {
  const staff = await deps.db.staff.findUnique({ where: { id: options.staffId } });
  if (!staff) throw new AppError('NOT_FOUND', 'No staff account with this id.');
  return staff;
}
