import type { AppDeps } from '../deps.ts';
import type { AuditEvent, Prisma } from '../generated/sqlite/client.ts';
import type { AuditEventView, AuditPage, AuditQuery } from './schemas.ts';

/** Newest first, filtered; `before` pages backwards through `seq`. */
export async function listAuditEvents({ db }: Pick<AppDeps, 'db'>, query: AuditQuery): Promise<AuditPage> {
  const limit = query.limit ?? 50;
  const where: Prisma.AuditEventWhereInput = {};
  if (query.actorId) where.actorId = query.actorId;
  if (query.action) where.action = query.action.endsWith('.') ? { startsWith: query.action } : query.action;
  if (query.entityType) where.entityType = query.entityType;
  if (query.entityId) where.entityId = query.entityId;
  if (query.from || query.to) {
    where.at = {
      ...(query.from ? { gte: new Date(query.from) } : {}),
      ...(query.to ? { lte: new Date(query.to) } : {}),
    };
  }
  if (query.before) where.seq = { lt: query.before };
  const rows = await db.auditEvent.findMany({ where, orderBy: { seq: 'desc' }, take: limit + 1 });
  const page = rows.slice(0, limit);
  return {
    items: page.map(toAuditEventView),
    nextBefore: rows.length > limit ? page[page.length - 1]!.seq : null,
  };
}

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
