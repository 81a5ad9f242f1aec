import type { AuditEventView } from '../../../../../api/src/audit/schemas.ts';
import type { CardView } from '../../../../../api/src/cards/schemas.ts';
import { statusReasonLabel, suspendReasonLabel } from './card-labels.ts';

/** For a young carer's history: which card an event was about, and why, in words ("YC-7K3P-… · Lost"). */
export function cardEventNote(event: AuditEventView, cards: CardView[]): string | undefined {
  if (event.entityType !== 'card') return undefined;
  const parts: string[] = [];
  const number = cards.find((card) => card.id === event.entityId)?.number;
  if (number) parts.push(number);
  const reason = typeof event.details.reason === 'string' ? event.details.reason : undefined;
  if (reason && event.action !== 'card.renew') {
    parts.push(event.action === 'card.suspend' ? suspendReasonLabel(reason) : statusReasonLabel(reason));
  }
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
