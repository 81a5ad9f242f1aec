import type { AuditContext } from '../audit/record-audit-event.ts';
import { changeCardStatus } from './card-status-change.ts';
import type { CardDeps } from './deps.ts';
import type { CardView, RevokeReason } from './schemas.ts';

/** Revoke a card, for good: it never verifies again. */
export function revokeCard(deps: CardDeps, options: { context: AuditContext; cardId: string; reason: RevokeReason }): Promise<CardView> {
  const { context, cardId, reason } = options;
  return changeCardStatus(deps, { context, cardId, change: { action: 'card.revoke', from: ['active', 'suspended'], to: 'revoked', reason } });
}
