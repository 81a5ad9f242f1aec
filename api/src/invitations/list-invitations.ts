import type { AppDeps } from '../deps.ts';
import { toInvitationView } from './invitation-view.ts';
import type { InvitationList, InvitationStatus } from './schemas.ts';

/** Newest first, at most 200: of one young carer, in one status, or both. */
export async function listInvitations(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  options: { holderId?: string | undefined; status?: InvitationStatus | undefined },
): Promise<InvitationList> {
  const { holderId, status } = options;
  const now = deps.clock();
  const statusWhere = {
    active: { revokedAt: null, lockedAt: null, uses: 0, expiresAt: { gt: now } },
    used: { revokedAt: null, lockedAt: null, uses: { gt: 0 } },
    expired: { revokedAt: null, lockedAt: null, uses: 0, expiresAt: { lte: now } },
    revoked: { revokedAt: { not: null } },
    locked: { revokedAt: null, lockedAt: { not: null } },
  } as const;
  const rows = await deps.db.invitation.findMany({
    where: { ...(holderId ? { holderId } : {}), ...(status ? statusWhere[status] : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: 200,
  });
  const staffIds = [...new Set(rows.map((r) => r.createdById).filter((v): v is string => v !== null))];
  const emails = new Map((await deps.db.staff.findMany({ where: { id: { in: staffIds } }, select: { id: true, email: true } })).map((s) => [s.id, s.email]));
  return { items: rows.map((row) => toInvitationView(row, now, row.createdById ? (emails.get(row.createdById) ?? null) : null)) };
}
