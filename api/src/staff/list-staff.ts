import type { AppDeps } from '../deps.ts';
import type { StaffList } from './schemas.ts';
import { toStaffUser } from './staff-view.ts';

/** Enabled accounts first, then by name. */
export async function listStaff(deps: Pick<AppDeps, 'db'>): Promise<StaffList> {
  const rows = await deps.db.staff.findMany({ orderBy: [{ disabledAt: 'asc' }, { name: 'asc' }] });
  return { items: rows.map(toStaffUser) };
}
