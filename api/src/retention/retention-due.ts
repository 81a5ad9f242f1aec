import type { RetentionBasis } from './schemas.ts';

type CardDates = { status: string; expiresAt: Date; statusChangedAt: Date | null };
type HolderDates = { updatedAt: Date; cards: CardDates[] };

/**
 * When a record falls due for erasure, or null while it has a card that has
 * not ended. A card ends when it expires, or when it is revoked (replacing a
 * card revokes the old one). The record is kept `months` after its last card
 * ended; a record that never had a card, `months` after it was created or
 * last changed (any change to the record, or a new card, moves that on).
 */
export function erasureDue(holder: HolderDates, months: number, now: Date): { dueAt: Date; basis: RetentionBasis } | null {
  if (holder.cards.length === 0) return { dueAt: addMonths(holder.updatedAt, months), basis: 'record_changed' };
  let lastEnded = 0;
  for (const card of holder.cards) {
    const ended = card.status === 'revoked' ? (card.statusChangedAt ?? card.expiresAt) : card.expiresAt;
    if (card.status !== 'revoked' && card.expiresAt > now) return null;
    lastEnded = Math.max(lastEnded, ended.getTime());
  }
  return { dueAt: addMonths(new Date(lastEnded), months), basis: 'last_card_ended' };
}

/** The same time `months` calendar months later (UTC); the 31st becomes the month's last day when it has fewer. */
export function addMonths(at: Date, months: number): Date {
  const target = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + months, 1, at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(at.getUTCDate(), lastDay));
  return target;
}

/** What the due date is computed from, for every record not yet erased. */
export const RETENTION_SELECT = {
  id: true,
  updatedAt: true,
  cards: { select: { status: true, expiresAt: true, statusChangedAt: true } },
} as const;
