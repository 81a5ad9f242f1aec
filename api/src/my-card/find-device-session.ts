import { hashOpaqueToken } from '../auth/secrets.ts';
import { readDate, readOptionalDate } from '../db/read-connection.ts';
import type { AppDeps } from '../deps.ts';
import type { DeviceSession, Holder } from '../generated/sqlite/client.ts';

/** lastSeenAt is written at most this often, so opening the card is not a write every time. */
const TOUCH_EVERY_MS = 60 * 60_000;

export type SignedInDevice = { session: DeviceSession; holder: Holder };

const SESSION_COLUMNS = ['id', 'holderId', 'invitationId', 'tokenHash', 'createdAt', 'expiresAt', 'lastSeenAt', 'revokedAt'] as const;
const HOLDER_COLUMNS = [
  'givenName', 'familyName', 'preferredName', 'dateOfBirth', 'photoFile', 'contactEmail', 'contactPhone', 'consentBy', 'consentAt',
  'consentMethod', 'reference', 'notes', 'caringNote', 'searchText', 'createdAt', 'updatedAt', 'erasedAt', 'openDataRequests', 'language', 'cardLanguage',
] as const;

/** Every request of a young carer's phone runs this: one prepared statement on the read connection, read fresh each time. */
const DEVICE_SESSION = `SELECT ${SESSION_COLUMNS.map((c) => `d."${c}"`).join(', ')}, ${HOLDER_COLUMNS.map((c) => `h."${c}" AS "h_${c}"`).join(', ')}
  FROM "DeviceSession" d JOIN "Holder" h ON h."id" = d."holderId" WHERE d."tokenHash" = ?`;

type Raw = Record<string, unknown>;

function toSignedInDevice(raw: Raw): SignedInDevice {
  const session: DeviceSession = {
    id: raw.id as string,
    holderId: raw.holderId as string,
    invitationId: raw.invitationId as string | null,
    tokenHash: raw.tokenHash as string,
    createdAt: readDate(raw.createdAt),
    expiresAt: readDate(raw.expiresAt),
    lastSeenAt: readDate(raw.lastSeenAt),
    revokedAt: readOptionalDate(raw.revokedAt),
  };
  const h = (column: (typeof HOLDER_COLUMNS)[number]) => raw[`h_${column}`];
  const holder: Holder = {
    id: session.holderId,
    givenName: h('givenName') as string,
    familyName: h('familyName') as string,
    preferredName: h('preferredName') as string | null,
    dateOfBirth: h('dateOfBirth') as string,
    photoFile: h('photoFile') as string | null,
    contactEmail: h('contactEmail') as string | null,
    contactPhone: h('contactPhone') as string | null,
    consentBy: h('consentBy') as string,
    consentAt: readDate(h('consentAt')),
    consentMethod: h('consentMethod') as string,
    reference: h('reference') as string | null,
    notes: h('notes') as string | null,
    caringNote: h('caringNote') as string | null,
    searchText: h('searchText') as string,
    createdAt: readDate(h('createdAt')),
    updatedAt: readDate(h('updatedAt')),
    erasedAt: readOptionalDate(h('erasedAt')),
    openDataRequests: Number(h('openDataRequests')),
    language: h('language') as string,
    cardLanguage: h('cardLanguage') as string,
  };
  return { session, holder };
}

/** The live session a cookie names, with its holder; undefined when it is unknown, ended or expired. */
export async function findDeviceSession(deps: Pick<AppDeps, 'db' | 'reads' | 'clock'>, options: { token: string | undefined }): Promise<SignedInDevice | undefined> {
  const { db } = deps;
  const { token } = options;
  const now = deps.clock();
  if (!token || token.length > 200) return undefined;
  const [raw] = await deps.reads.all<Raw>('device-session-by-token', DEVICE_SESSION, [hashOpaqueToken(token)]);
  if (!raw) return undefined;
  const device = toSignedInDevice(raw);
  const { session } = device;
  if (session.revokedAt || session.expiresAt <= now) return undefined;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.deviceSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  return device;
}
