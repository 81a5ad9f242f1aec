import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { toDeviceSessionView } from './device-session-view.ts';
import type { DeviceSessionView } from './schemas.ts';

/** Ends a session: by staff (a lost phone), or by the young carer signing out. */
export async function endDeviceSession(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; deviceId: string; by: 'staff' | 'holder' },
): Promise<DeviceSessionView> {
  const { context, deviceId: id, by } = options;
  const now = deps.clock();
  const row = await deps.db.deviceSession.findUnique({ where: { id } });
  if (!row) throw new AppError('NOT_FOUND', 'No signed-in phone with this id.');
  await inTransaction(deps.db, async (tx) => {
    const ended = await tx.deviceSession.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
    // Ending a session that had already ended changes nothing and records nothing.
    if (ended.count === 1) await appendAuditEvent(tx, deps, context, { action: 'device.sign_out', entityType: 'holder', entityId: row.holderId, details: { deviceId: id, by } });
  });
  return toDeviceSessionView(await deps.db.deviceSession.findUniqueOrThrow({ where: { id } }), now);
}
