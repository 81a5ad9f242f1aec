import type { CardStatus, REPORTED_LOST as ApiReportedLost, ReissueReason, RevokeReason, SuspendReason } from '../../../../../api/src/cards/schemas.ts';
/**
 * Staff-only reason codes, in words. Never shown outside the staff app: a
 * reason can say something about a child's life (moved away, no longer caring).
 * Typed by the API's reason codes, so a code added there must get a label here.
 */
type Option<T extends string> = { value: T; label: string };

/** The reason a card carries when the young carer froze it from their own page; typed by the API's constant (a value import would bundle the schemas). */
export const REPORTED_LOST: typeof ApiReportedLost = 'reported_lost';

export const revokeReasons: Option<RevokeReason>[] = [
  { value: 'lost', label: 'Lost' },
  { value: 'stolen', label: 'Stolen' },
  { value: 'damaged', label: 'Damaged' },
  { value: 'no_longer_caring', label: 'No longer a young carer' },
  { value: 'moved_away', label: 'Moved away' },
  { value: 'consent_withdrawn', label: 'Consent withdrawn' },
  { value: 'issued_in_error', label: 'Issued in error' },
  { value: 'other', label: 'Other' },
];

export const suspendReasons: Option<SuspendReason>[] = [
  { value: 'lost', label: 'Reported lost (may turn up)' },
  { value: 'under_review', label: 'Under review' },
  { value: 'holder_request', label: 'Asked for by the young carer or family' },
  { value: 'other', label: 'Other' },
];

export const reissueReasons: Option<ReissueReason>[] = [
  { value: 'lost', label: 'Lost' },
  { value: 'stolen', label: 'Stolen' },
  { value: 'damaged', label: 'Damaged' },
];

/** Why a card is suspended or revoked, as the card page says it. */
const statusReasonLabels: Record<string, string> = {
  ...Object.fromEntries(revokeReasons.map((reason) => [reason.value, reason.label])),
  under_review: 'Under review',
  holder_request: 'Asked for by the young carer or family',
  superseded: 'Replaced by a renewed card',
  key_withdrawn: 'Its signing key was withdrawn: issue a new card',
  [REPORTED_LOST]: 'Reported lost by the young carer, from their phone',
};

export function statusReasonLabel(reason: string): string {
  return statusReasonLabels[reason] ?? reason;
}

/** For suspended cards, "lost" means something gentler than for revoked ones. */
export function suspendReasonLabel(reason: string): string {
  return suspendReasons.find((option) => option.value === reason)?.label ?? statusReasonLabel(reason);
}

/** Frozen by the young carer from their own page ("I've lost my card"), not by staff. */
export function isReportedLost(card: { status: CardStatus; statusReason: string | null }): boolean {
  return card.status === 'suspended' && card.statusReason === REPORTED_LOST;
}
