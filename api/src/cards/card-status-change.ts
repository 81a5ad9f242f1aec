import { appendAuditEvent, type AuditContext, type AuditInput } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { cardStatus, toCardView } from './card-view.ts';
import type { CardDeps } from './deps.ts';
import { findCard } from './find-card.ts';
import type { CardView } from './schemas.ts';

export type CardStatusChange = { action: 'card.revoke' | 'card.suspend' | 'card.resume'; from: string[]; to: string; reason: string | null };

/**
 * Each change is one conditional UPDATE, committed with its audit event, so two staff acting at once cannot
 * both win, and the next verify call (in any process) sees it: verify reads
 * the card's status from the database every time. A renew or reissue retires
 * the old card with the same kind of UPDATE on the same row (createCard), so
 * a revoke and a replacement of one card cannot both succeed either.
 */
export async function changeCardStatus(
  deps: CardDeps,
  options: {
    context: AuditContext;
    cardId: string;
    change: CardStatusChange;
    /** A further event that commits with the change (who asked for it, say). */
    alsoRecord?: AuditInput | undefined;
  },
): Promise<CardView> {
  const { context, cardId: id, change, alsoRecord } = options;
  const { db, config } = deps;
  const at = deps.clock();
  const card = await findCard(deps, id);
  const current = cardStatus(card, at);
  const allowed = change.from.includes(current);
  const changed = allowed && await inTransaction(db, async (tx) => {
    const updated = await tx.card.updateMany({
      where: { id, status: { in: change.from } },
      data: { status: change.to, statusReason: change.reason, statusChangedAt: at },
    });
    if (updated.count !== 1) return false;
    await appendAuditEvent(tx, deps, context, {
      action: change.action, entityType: 'card', entityId: id, details: { holderId: card.holderId, reason: change.reason },
    });
    if (alsoRecord) await appendAuditEvent(tx, deps, context, alsoRecord);
    return true;
  });
  if (!changed) {
    // Lost a race (a renew, reissue or another change got there first): say what the card is now, not what it was.
    const now = allowed ? cardStatus(await findCard(deps, id), at) : current;
    throw new AppError('CARD_STATE_CONFLICT', `This card is ${now}; it cannot be ${verbs[change.action]}.`);
  }
  return toCardView(await db.card.findUniqueOrThrow({ where: { id } }), config.publicUrl, at);
}

const verbs = { 'card.revoke': 'revoked', 'card.suspend': 'suspended', 'card.resume': 'resumed' } as const;
