import type { AuditContext, AuditInput } from '../audit/record-audit-event.ts';
import { changeCardStatus } from './card-status-change.ts';
import type { CardDeps } from './deps.ts';
import type { CardView, REPORTED_LOST, SuspendReason } from './schemas.ts';

/** Suspend a card until it is resumed (by staff; a young carer's own "I've lost my card" suspends with reason reported_lost). */
export function suspendCard(
  deps: CardDeps,
  options: { context: AuditContext; cardId: string; reason: SuspendReason | typeof REPORTED_LOST; alsoRecord?: AuditInput },
): Promise<CardView> {
  const { context, cardId, reason, alsoRecord } = options;
  return changeCardStatus(deps, { context, cardId, alsoRecord, change: { action: 'card.suspend', from: ['active'], to: 'suspended', reason } });
}
