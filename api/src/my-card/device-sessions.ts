import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../deps.ts';
import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { hashOpaqueToken, newOpaqueToken } from '../auth/secrets.ts';
import { AppError } from '../errors.ts';
import type { DeviceSession, Holder } from '../generated/sqlite/client.ts';
import type { DeviceSessionView } from './schemas.ts';

/**
 * A phone signed in to one young carer's own card. The cookie holds a random
 * token; only its hash is stored. It opens the holder's own card and nothing
 * else, lasts DEVICE_SESSION_DAYS, and staff can sign it out.
 */
export const DEVICE_COOKIE = 'yc_device';
/** The cookie goes only to the young carer's own endpoints. */
export const DEVICE_COOKIE_PATH = '/api/my';
/** lastSeenAt is written at most this often, so opening the card is not a write every time. */
const TOUCH_EVERY_MS = 60 * 60_000;

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

/** A new session's row and the token for its cookie. */
export function newDeviceSession(holderId: string, invitationId: string, now: Date, days: number) {
  const { token, hash } = newOpaqueToken();
  const row = {
    id: randomUUID(),
    holderId,
    invitationId,
    tokenHash: hash,
    createdAt: now,
    expiresAt: new Date(now.getTime() + days * 86_400_000),
    lastSeenAt: now,
  };
  return { token, row };
}

export type SignedInDevice = { session: DeviceSession; holder: Holder };

/** The live session a cookie names, with its holder; undefined when it is unknown, ended or expired. */
export async function findDeviceSession(deps: Pick<AppDeps, 'db' | 'clock'>, options: { token: string | undefined }): Promise<SignedInDevice | undefined> {
  const { db } = deps;
  const { token } = options;
  const now = deps.clock();
  if (!token || token.length > 200) return undefined;
  const session = await db.deviceSession.findUnique({ where: { tokenHash: hashOpaqueToken(token) }, include: { holder: true } });
  if (!session || session.revokedAt || session.expiresAt <= now) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.deviceSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { holder, ...row } = session;
  return { session: row, holder };
}

export async function listDeviceSessions(deps: Pick<AppDeps, 'db' | 'clock'>, options: { holderId: string }): Promise<DeviceSessionView[]> {
  const { holderId } = options;
  const now = deps.clock();
  const rows = await deps.db.deviceSession.findMany({ where: { holderId }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 100 });
  return rows.map((row) => toDeviceSessionView(row, now));
}

/** Ends a session: by staff (a lost phone), or by the young carer signing out. */
export async function endDeviceSession(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  options: { context: AuditContext; id: string; by: 'staff' | 'holder' },
): Promise<DeviceSessionView> {
  const { context, id, by } = options;
  const now = deps.clock();
  const row = await deps.db.deviceSession.findUnique({ where: { id } });
  if (!row) throw new AppError('NOT_FOUND', 'No signed-in phone with this id.');
  await deps.db.deviceSession.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  await recordAuditEvent(deps, context, { action: 'device.sign_out', entityType: 'holder', entityId: row.holderId, details: { deviceId: id, by } });
  return toDeviceSessionView(await deps.db.deviceSession.findUniqueOrThrow({ where: { id } }), now);
}
