import { hasSecondFactor } from './second-factor.ts';
import { randomUUID } from 'node:crypto';
import type { Tx } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { appendAuditEvent } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { isMfaRequired } from './mfa-requirement.ts';
import { hashOpaqueToken, newOpaqueToken } from './secrets.ts';
import type { AuthDeps } from './deps.ts';
import type { AppDeps } from '../deps.ts';
import { readDate, readOptionalDate } from '../db/read-connection.ts';

/**
 * Staff sessions. A session is one sign-in; its refresh token rotates on every
 * use. Presenting a refresh token that was already rotated means it was
 * copied, so the whole session ends. Access tokens name their session, and
 * every request checks it is still open, so ending a session (logout,
 * disabling the account, reuse) stops its access token at once.
 */
export type StartedSession = { sessionId: string; refreshToken: string; expiresAt: Date };

/** A concurrent refresh from a second tab within this window is refused but does not end the session. */
const REUSE_GRACE_MS = 30_000;

/** Takes `db` as a transaction (or the client), so it commits with the caller's other writes. */
export async function startSession(
  deps: Pick<AuthDeps, 'config' | 'clock'> & { db: Tx },
  options: { staffId: string; userAgent: string | null },
): Promise<StartedSession> {
  const { staffId } = options;
  const userAgent = options.userAgent ? options.userAgent.slice(0, 300) : null;
  const at = deps.clock();
  const sessionId = randomUUID();
  const expiresAt = new Date(at.getTime() + deps.config.sessionTtlHours * 3_600_000);
  const { token, hash } = newOpaqueToken();
  await deps.db.staffSession.create({
    data: { id: sessionId, staffId, createdAt: at, lastUsedAt: at, userAgent, expiresAt, refreshTokens: { create: { tokenHash: hash, createdAt: at } } },
  });
  return { sessionId, refreshToken: token, expiresAt };
}

export async function refreshSession(deps: AuthDeps, options: { refreshToken: string; ip: string | null }) {
  const { refreshToken, ip } = options;
  const { db } = deps;
  const at = deps.clock();
  const invalid = () => new AppError('INVALID_REFRESH_TOKEN', 'Your session has ended. Please sign in again.');
  const tokenHash = hashOpaqueToken(refreshToken);
  const row = await db.refreshToken.findUnique({ where: { tokenHash }, include: { session: { include: { staff: true } } } });
  if (!row) throw invalid();
  const { session } = row;
  if (session.endedAt || session.expiresAt <= at || session.staff.disabledAt) throw invalid();
  if (row.usedAt) {
    if (at.getTime() - row.usedAt.getTime() > REUSE_GRACE_MS) {
      await inTransaction(db, async (tx) => {
        await endSession(tx, session.id, 'refresh_reuse', at);
        await appendAuditEvent(
          tx,
          deps,
          { actor: { id: session.staff.id, email: session.staff.email }, ip },
          { action: 'auth.refresh_reuse', entityType: 'staff', entityId: session.staff.id, details: { sessionId: session.id } },
        );
      });
    }
    throw invalid();
  }
  const next = newOpaqueToken();
  // The old token is used up and the new one stored together: a crash between them cannot end a session that nobody misused.
  const rotated = await inTransaction(db, async (tx) => {
    const claimed = await tx.refreshToken.updateMany({ where: { tokenHash, usedAt: null }, data: { usedAt: at } });
    if (claimed.count !== 1) return false;
    await tx.refreshToken.create({ data: { tokenHash: next.hash, sessionId: session.id, createdAt: at } });
    await tx.staffSession.update({ where: { id: session.id }, data: { lastUsedAt: at } });
    return true;
  });
  if (!rotated) throw invalid();
  const mfaEnrolmentRequired = !hasSecondFactor(session.staff) && (await isMfaRequired(db));
  return { staff: session.staff, sessionId: session.id, refreshToken: next.token, expiresAt: session.expiresAt, mfaEnrolmentRequired };
}

export async function endSession(db: Tx, sessionId: string, reason: string, at: Date): Promise<void> {
  await db.staffSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: at, endReason: reason } });
}

export async function endAllSessions(db: Tx, staffId: string, reason: string, at: Date): Promise<number> {
  const ended = await db.staffSession.updateMany({ where: { staffId, endedAt: null }, data: { endedAt: at, endReason: reason } });
  return ended.count;
}

/** What the per-request session check needs: the session's end and expiry, and the account as toStaffUser shows it. */
const ACTIVE_SESSION = `SELECT s."staffId", s."expiresAt", s."endedAt", t."email", t."name", t."role", t."passwordHash",
    t."disabledAt", t."lastLoginAt", t."createdAt", t."totpEnabledAt", t."passkeyCount"
  FROM "StaffSession" s JOIN "Staff" t ON t."id" = s."staffId" WHERE s."id" = ?`;

type ActiveSessionRow = {
  staffId: string; expiresAt: unknown; endedAt: unknown; email: string; name: string; role: string; passwordHash: string | null;
  disabledAt: unknown; lastLoginAt: unknown; createdAt: unknown; totpEnabledAt: unknown; passkeyCount: number;
};

/**
 * The staff member behind an access token, if their session is still open and
 * their account enabled. Runs on every staff request, so it is one prepared
 * statement on the read connection (db/read-connection.ts), read fresh each
 * time: ending a session or disabling an account in any process counts at once.
 */
export async function findActiveSession(deps: Pick<AppDeps, 'reads' | 'clock'>, options: { sessionId: string; staffId: string }) {
  const { sessionId, staffId } = options;
  const at = deps.clock();
  const [row] = await deps.reads.all<ActiveSessionRow>('staff-active-session', ACTIVE_SESSION, [sessionId]);
  if (!row || row.staffId !== staffId || row.endedAt !== null || readDate(row.expiresAt) <= at || row.disabledAt !== null) return undefined;
  return {
    id: sessionId,
    staff: {
      id: row.staffId,
      email: row.email,
      name: row.name,
      role: row.role,
      passwordHash: row.passwordHash,
      disabledAt: null,
      lastLoginAt: readOptionalDate(row.lastLoginAt),
      createdAt: readDate(row.createdAt),
      totpEnabledAt: readOptionalDate(row.totpEnabledAt),
      passkeyCount: Number(row.passkeyCount),
    },
  };
}
