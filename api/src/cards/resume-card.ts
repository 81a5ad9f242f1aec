import type { AuditContext } from '../audit/record-audit-event.ts';
import { changeCardStatus } from './card-status-change.ts';
import type { CardDeps } from './deps.ts';
import type { CardView } from './schemas.ts';

export function resumeCard(deps: CardDeps, options: { context: AuditContext; cardId: string }): Promise<CardView> {
  const { context, cardId } = options;
  return changeCardStatus(deps, { context, cardId, change: { action: 'card.resume', from: ['suspended'], to: 'active', reason: null } });
}
