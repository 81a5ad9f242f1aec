import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { AppError } from '../errors.ts';
import { findCard } from './find-card.ts';
import { cardStatus, toCardView } from './card-view.ts';
import type { CardDeps } from './deps.ts';
import { createCard } from './create-card.ts';
import { CURRENT_CARD_STATUSES, type CardView } from './schemas.ts';

/** A new card in place of an old one, which is retired in the same transaction. Shared by reissue and renew. */
export async function replaceCard(
  deps: CardDeps,
  options: { context: AuditContext; cardId: string; how: { action: 'card.reissue' | 'card.renew'; reason: string; keepExpiry: boolean; from: string[] } },
): Promise<CardView> {
  const { context, cardId: id, how } = options;
  const { db, config } = deps;
  const at = deps.clock();
  const old = await findCard(deps, id);
  const status = cardStatus(old, at);
  if (!how.from.includes(status)) {
    throw new AppError('CARD_STATE_CONFLICT', `This card is ${status}; issue a new card from the young carer's page instead.`);
  }
  const newer = await db.card.findFirst({ where: { replacesCardId: id } });
  if (newer) throw new AppError('CARD_STATE_CONFLICT', 'This card has already been replaced.');
  const holder = await db.holder.findUniqueOrThrow({ where: { id: old.holderId } });
  const card = await createCard(
    deps,
    context,
    { holder, template: old.template, replacesCardId: old.id, ...(how.keepExpiry ? { expiresAt: old.expiresAt } : {}) },
    (tx) => [
      tx.card.updateMany({
        where: { id: old.id, status: { in: CURRENT_CARD_STATUSES } },
        data: { status: 'revoked', statusReason: how.reason, statusChangedAt: at },
      }),
    ],
  );
  await recordAuditEvent(deps, context, {
    action: how.action, entityType: 'card', entityId: card.id, details: { holderId: holder.id, replaces: old.id, reason: how.reason },
  });
  return toCardView(card, config.publicUrl, at);
}
