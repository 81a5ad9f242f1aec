import type { AuditEvent } from '../generated/sqlite/client.ts';
import type { AuditEventView } from './schemas.ts';

/** The stored event as the API shows it (the fields the hash covers, and the hash). */
export function toAuditEventView(row: AuditEvent): AuditEventView {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    ip: row.ip,
    details: JSON.parse(row.details) as Record<string, unknown>,
    hash: row.hash,
  };
}
