import { hashOpaqueToken } from '../auth/secrets.ts';
import type { AppDeps } from '../deps.ts';
import type { DeviceSession, Holder } from '../generated/sqlite/client.ts';

/** lastSeenAt is written at most this often, so opening the card is not a write every time. */
const TOUCH_EVERY_MS = 60 * 60_000;

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
