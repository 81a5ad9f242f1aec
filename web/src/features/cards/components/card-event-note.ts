import type { AuditEventView } from '../../../../../api/src/audit/schemas.ts';
import { statusReasonLabel, suspendReasonLabel } from './card-labels.ts';

/** For a young carer's history: why a card event happened, in words ("Lost"); the sentence already names the card. */
export function cardEventNote(event: AuditEventView): string | undefined {
  if (event.entityType !== 'card') return undefined;
  const parts: string[] = [];
  const reason = typeof event.details.reason === 'string' ? event.details.reason : undefined;
  if (reason && event.action !== 'card.renew') {
    parts.push(event.action === 'card.suspend' ? suspendReasonLabel(reason) : statusReasonLabel(reason));
  }
  return parts.length > 0 ? parts.join(' · ') : undefined;
}
