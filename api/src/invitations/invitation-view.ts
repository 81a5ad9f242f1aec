import type { Invitation } from '../generated/sqlite/client.ts';
import type { MessageChannel } from '../outbox/schemas.ts';
import type { InvitationStatus, InvitationView } from './schemas.ts';

export function invitationStatus(row: Pick<Invitation, 'revokedAt' | 'lockedAt' | 'expiresAt' | 'uses'>, now: Date): InvitationStatus {
  if (row.revokedAt) return 'revoked';
  if (row.lockedAt) return 'locked';
  if (row.uses > 0) return 'used';
  if (row.expiresAt <= now) return 'expired';
  return 'active';
}

export function toInvitationView(row: Invitation, now: Date, createdByEmail: string | null): InvitationView {
  return {
    id: row.id,
    holderId: row.holderId,
    cardId: row.cardId,
    channel: row.channel as MessageChannel,
    status: invitationStatus(row, now),
    createdAt: row.createdAt.toISOString(),
    createdByEmail,
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lockedAt: row.lockedAt?.toISOString() ?? null,
    failedAttempts: row.failedAttempts,
    uses: row.uses,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}
