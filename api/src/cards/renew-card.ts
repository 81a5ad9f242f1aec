import type { AuditContext } from '../audit/record-audit-event.ts';
import { replaceCard } from './card-replacement.ts';
import type { CardDeps } from './deps.ts';
import type { CardView } from './schemas.ts';

/** Renew, before or after expiry: a new card with a new expiry; the old one, if still current, is superseded. */
export function renewCard(deps: CardDeps, options: { context: AuditContext; cardId: string }): Promise<CardView> {
  const { context, cardId } = options;
  return replaceCard(deps, { context, cardId, how: { action: 'card.renew', reason: 'superseded', keepExpiry: false, from: ['active', 'suspended', 'expired'] } });
}
