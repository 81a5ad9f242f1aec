import type { AuditContext } from '../audit/record-audit-event.ts';
import { AppError } from '../errors.ts';
import { findCard } from './find-card.ts';
import { cardStatus, toCardView } from './card-view.ts';
import type { CardDeps } from './deps.ts';
import { createCard } from './create-card.ts';
import type { CardView } from './schemas.ts';

/**
 * A new card in place of an old one, which is retired in the same
 * transaction. Shared by reissue and renew. Of several actions on one card
 * at once (another renew or reissue, a revoke), exactly one wins; this one
 * loses with CARD_STATE_CONFLICT and makes no card when the old card stopped
 * being current first.
 */
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
  // The checks above give the usual refusals their plain messages; the transaction in createCard decides a race.
  const card = await createCard(deps, context, {
    holder,
    template: old.template,
    replaces: { cardId: old.id, reason: how.reason, mustBeUnexpired: !how.from.includes('expired') },
    ...(how.keepExpiry ? { expiresAt: old.expiresAt } : {}),
    event: { action: how.action, details: { holderId: holder.id, replaces: old.id, reason: how.reason } },
  });
  return toCardView(card, config.publicUrl, at);
}
