import type { AppDeps } from '../deps.ts';
import { toDeviceSessionView } from './device-session-view.ts';
import type { DeviceSessionView } from './schemas.ts';

/** The phones signed in to a young carer's own card (at most 100, newest first), ended ones included. */
export async function listDeviceSessions(deps: Pick<AppDeps, 'db' | 'clock'>, options: { holderId: string }): Promise<DeviceSessionView[]> {
  const { holderId } = options;
  const now = deps.clock();
  const rows = await deps.db.deviceSession.findMany({ where: { holderId }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 100 });
  return rows.map((row) => toDeviceSessionView(row, now));
}
