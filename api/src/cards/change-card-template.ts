import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import { toCardView } from './card-view.ts';
import { findCard } from './find-card.ts';
import type { CardDeps } from './deps.ts';
import { assertKnownTemplate } from './create-card.ts';
import type { CardView } from './schemas.ts';

/** PUT /api/cards/:id/template: the layout the card prints with (e.g. large print). The token is unchanged. */
export async function changeCardTemplate(deps: CardDeps, options: { context: AuditContext; cardId: string; template: string }): Promise<CardView> {
  const { context, cardId: id, template } = options;
  assertKnownTemplate(deps, template);
  const card = await findCard(deps, id);
  if (card.template === template) return toCardView(card, deps.config.publicUrl, deps.clock());
  const updated = await inTransaction(deps.db, async (tx) => {
    const row = await tx.card.update({ where: { id }, data: { template } });
    await appendAuditEvent(tx, deps, context, { action: 'card.template', entityType: 'card', entityId: id, details: { from: card.template, to: template } });
    return row;
  });
  return toCardView(updated, deps.config.publicUrl, deps.clock());
}
