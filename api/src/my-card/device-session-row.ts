import { randomUUID } from 'node:crypto';
import { newOpaqueToken } from '../auth/secrets.ts';

/** A new session's row (opened with an invitation, lasting `days`) and the token for its cookie. */
export function newDeviceSession(options: { holderId: string; invitationId: string; now: Date; days: number }) {
  const { holderId, invitationId, now, days } = options;
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
