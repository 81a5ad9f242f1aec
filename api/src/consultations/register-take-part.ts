import { randomUUID } from 'node:crypto';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { MyTakePart, TakePartBody } from './schemas.ts';

/**
 * A young carer (from /my) or staff (for them) say they would like to take
 * part in design groups and events, and how to be contacted. One per holder
 * (a unique index; saying it again changes the ways and asks for a new
 * follow-up). Linked to the holder on purpose: staff follow it up.
 */
export async function registerTakePart(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; holderId: string; source: 'online' | 'staff'; input: TakePartBody },
): Promise<MyTakePart> {
  const { context, holderId, source, input } = options;
  const contactBy = [...new Set(input.contactBy)];
  const now = deps.clock();
  await inTransaction(deps.db, async (tx) => {
    const holder = await tx.holder.findUnique({ where: { id: holderId }, select: { erasedAt: true } });
    if (!holder) throw new AppError('NOT_FOUND', 'No such young carer.');
    if (holder.erasedAt) throw new AppError('HOLDER_ERASED', 'This record was erased.');
    const data = { contactBy: contactBy.join(','), source, createdAt: now, followedUpAt: null, followedUpById: null };
    await tx.takePartInterest.upsert({ where: { holderId }, create: { id: randomUUID(), holderId, ...data }, update: data });
    await appendAuditEvent(tx, deps, context, { action: 'take_part.register', entityType: 'holder', entityId: holderId, details: { source, contactBy } });
  });
  return { registered: true, contactBy };
}
