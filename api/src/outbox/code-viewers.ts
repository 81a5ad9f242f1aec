import type { AppDeps } from '../deps.ts';
import type { OutboxMessage } from '../generated/sqlite/client.ts';

/**
 * The messages among `rows` whose invitation code `staffId` may read: those
 * of invitations they sent themselves. A code opens a child's card on a
 * phone, so the colleague who reads the outbox to find a message does not
 * need to see it.
 */
export async function codeViewers(deps: Pick<AppDeps, 'db'>, rows: Pick<OutboxMessage, 'id' | 'invitationId'>[], staffId: string | null): Promise<Set<string>> {
  const invitationIds = [...new Set(rows.map((row) => row.invitationId).filter((id): id is string => id !== null))];
  if (!staffId || invitationIds.length === 0) return new Set();
  const own = await deps.db.invitation.findMany({ where: { id: { in: invitationIds }, createdById: staffId }, select: { id: true } });
  const ownIds = new Set(own.map((invitation) => invitation.id));
  return new Set(rows.filter((row) => row.invitationId !== null && ownIds.has(row.invitationId)).map((row) => row.id));
}
