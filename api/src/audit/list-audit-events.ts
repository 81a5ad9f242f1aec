import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { Prisma } from '../generated/sqlite/client.ts';
import { actionsInGroup } from '../shared/audit-actions.ts';
import { describeAuditEvents } from './describe-audit-events.ts';
import type { AuditPage, AuditQuery } from './schemas.ts';

/** Records a staff member who is not an admin may see the History of: the ones they can open. */
const STAFF_HISTORY_TYPES = new Set(['holder', 'card']);

/**
 * Newest first, filtered, in words; `before` pages backwards through `seq`
 * (the primary key, so a page is an index range however long the log).
 * A young carer's record includes the events on their cards. Admins see
 * everything; other staff only the History of a young carer or card.
 */
export async function listAuditEvents(
  { db }: Pick<AppDeps, 'db'>,
  options: { query: AuditQuery; role: 'admin' | 'staff' },
): Promise<AuditPage> {
  const { query, role } = options;
  if (role !== 'admin' && !(query.entityType && STAFF_HISTORY_TYPES.has(query.entityType) && query.entityId)) {
    throw new AppError('FORBIDDEN', 'The audit log needs an admin account; staff see the History of a young carer or card.');
  }
  const limit = query.limit ?? 50;
  const where: Prisma.AuditEventWhereInput = {};
  if (query.actorId) where.actorId = query.actorId;
  if (query.action) where.action = actionFilter(query.action);
  if (query.group) where.AND = [{ action: { in: actionsInGroup(query.group) } }];
  if (query.entityType) {
    if (query.entityType === 'holder' && query.entityId) {
      const cards = await db.card.findMany({ where: { holderId: query.entityId }, select: { id: true } });
      where.OR = [
        { entityType: 'holder', entityId: query.entityId },
        ...(cards.length > 0 ? [{ entityType: 'card', entityId: { in: cards.map((c) => c.id) } }] : []),
      ];
    } else {
      where.entityType = query.entityType;
      if (query.entityId) where.entityId = query.entityId;
    }
  } else if (query.entityId) {
    where.entityId = query.entityId;
  }
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
    items: await describeAuditEvents(db, page),
    nextBefore: rows.length > limit ? page[page.length - 1]!.seq : null,
  };
}

/** `card.pdf` exactly; `card.` or `card` for every card action (never `cards_x`: the dot is implied). */
function actionFilter(action: string): Prisma.StringFilter | string {
  if (action.endsWith('.')) return { startsWith: action };
  if (!action.includes('.')) return { startsWith: `${action}.` };
  return action;
}
