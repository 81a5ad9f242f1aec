import { toAuditEventView } from '../audit/audit-event-view.ts';
import { toCardView } from '../cards/card-view.ts';
import type { Tx } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import type { Holder } from '../generated/sqlite/client.ts';
import type { HolderDeps } from './deps.ts';
import { newCardTerms, toHolderDetail } from './holder-view.ts';
import type { HolderDetail } from './schemas.ts';

const HISTORY_LIMIT = 100;

export const holderErased = (at: Date) =>
  new AppError('HOLDER_ERASED', `This young carer's record was erased on ${at.toISOString().slice(0, 10)}; nothing about them is kept.`);

/** A holder that exists and has not been erased. */
export async function findHolder(db: Tx, id: string): Promise<Holder> {
  const holder = await db.holder.findUnique({ where: { id } });
  if (!holder) throw new AppError('NOT_FOUND', 'No young carer with this id.');
  if (holder.erasedAt) throw holderErased(holder.erasedAt);
  return holder;
}

/**
 * The full record as staff see it: the holder, every card (newest first) and
 * the audit events about the holder and those cards (newest first). Not
 * audited itself; callers that show it to someone record why.
 */
export async function loadHolderDetail(deps: HolderDeps, holderOrId: Holder | string): Promise<HolderDetail> {
  const { db, config } = deps;
  const holder = typeof holderOrId === 'string' ? await findHolder(db, holderOrId) : holderOrId;
  const cards = await db.card.findMany({ where: { holderId: holder.id }, orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }] });
  const cardIds = cards.map((c) => c.id);
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { entityType: 'holder', entityId: holder.id },
        ...(cardIds.length > 0 ? [{ entityType: 'card', entityId: { in: cardIds } }] : []),
      ],
    },
    orderBy: { seq: 'desc' },
    take: HISTORY_LIMIT,
  });
  const at = deps.clock();
  return toHolderDetail(
    holder,
    cards.map((c) => toCardView(c, config.publicUrl, at)),
    events.map(toAuditEventView),
    newCardTerms(holder.dateOfBirth, at, config.cards),
  );
}
