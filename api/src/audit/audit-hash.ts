import { createHash } from 'node:crypto';

/** prevHash of the first event in the chain. */
export const GENESIS_HASH = '0'.repeat(64);

export type ChainedFields = {
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  details: string;
};

/**
 * The hash that links an event to the one before it. Any change to a stored
 * field, or a removed or reordered event, breaks every link after it.
 */
export function auditEventHash(prevHash: string, event: ChainedFields): string {
  const canonical = JSON.stringify([
    prevHash,
    event.at.toISOString(),
    event.actorId,
    event.actorEmail,
    event.action,
    event.entityType,
    event.entityId,
    event.ip,
    event.details,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
