import type { DeviceSession } from '../generated/sqlite/client.ts';
import type { DeviceSessionView } from './schemas.ts';

export function toDeviceSessionView(row: DeviceSession, now: Date): DeviceSessionView {
  return {
    id: row.id,
    holderId: row.holderId,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    active: row.revokedAt === null && row.expiresAt > now,
  };
}
