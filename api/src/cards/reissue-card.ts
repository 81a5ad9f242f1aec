import type { AuditContext } from '../audit/record-audit-event.ts';
import { replaceCard } from './card-replacement.ts';
import type { CardDeps } from './deps.ts';
import type { CardView, ReissueReason } from './schemas.ts';

/**
 * Reissue (lost, stolen, damaged): a new number and token with the same
 * expiry; the old card is revoked in the same transaction.
 */
export function reissueCard(deps: CardDeps, options: { context: AuditContext; cardId: string; reason: ReissueReason }): Promise<CardView> {
  const { context, cardId, reason } = options;
  return replaceCard(deps, { context, cardId, how: { action: 'card.reissue', reason, keepExpiry: true, from: ['active', 'suspended'] } });
}
