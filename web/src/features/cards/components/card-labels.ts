import type { CardStatus, REPORTED_LOST as ApiReportedLost, ReissueReason, RevokeReason, SuspendReason } from '../../../../../api/src/cards/schemas.ts';
import { translate } from '../../../i18n/start-i18n.ts';
/**
 * Staff-only reason codes, in words. Never shown outside the staff app: a
 * reason can say something about a child's life (moved away, no longer caring).
 * Typed by the API's reason codes, so a code added there must get a label here.
 * Labels are catalogue keys: show them with t().
 */
type Option<T extends string> = { value: T; label: string };

/** The reason a card carries when the young carer froze it from their own page; typed by the API's constant (a value import would bundle the schemas). */
export const REPORTED_LOST: typeof ApiReportedLost = 'reported_lost';

export const revokeReasons: Option<RevokeReason>[] = [
  { value: 'lost', label: 'cards.reason.revoke.lost' },
  { value: 'stolen', label: 'cards.reason.revoke.stolen' },
  { value: 'damaged', label: 'cards.reason.revoke.damaged' },
  { value: 'no_longer_caring', label: 'cards.reason.revoke.no_longer_caring' },
  { value: 'moved_away', label: 'cards.reason.revoke.moved_away' },
  { value: 'consent_withdrawn', label: 'cards.reason.revoke.consent_withdrawn' },
  { value: 'issued_in_error', label: 'cards.reason.revoke.issued_in_error' },
  { value: 'other', label: 'cards.reason.revoke.other' },
];

export const suspendReasons: Option<SuspendReason>[] = [
  { value: 'lost', label: 'cards.reason.suspend.lost' },
  { value: 'under_review', label: 'cards.reason.suspend.under_review' },
  { value: 'holder_request', label: 'cards.reason.suspend.holder_request' },
  { value: 'other', label: 'cards.reason.suspend.other' },
];

export const reissueReasons: Option<ReissueReason>[] = [
  { value: 'lost', label: 'cards.reason.reissue.lost' },
  { value: 'stolen', label: 'cards.reason.reissue.stolen' },
  { value: 'damaged', label: 'cards.reason.reissue.damaged' },
];

/** Why a card is suspended or revoked, as the card page says it. */
const statusReasonLabels: Record<string, string> = {
  ...Object.fromEntries(revokeReasons.map((reason) => [reason.value, reason.label])),
  under_review: 'cards.reason.status.under_review',
  holder_request: 'cards.reason.status.holder_request',
  superseded: 'cards.reason.status.superseded',
  key_withdrawn: 'cards.reason.status.key_withdrawn',
  [REPORTED_LOST]: 'cards.reason.status.reported_lost',
};

/** The reason in words, in the page's language (a reason not known here is shown as its code). */
export function statusReasonLabel(reason: string): string {
  const key = statusReasonLabels[reason];
  return key ? translate(key) : reason;
}

/** For suspended cards, "lost" means something gentler than for revoked ones. */
export function suspendReasonLabel(reason: string): string {
  const key = suspendReasons.find((option) => option.value === reason)?.label;
  return key ? translate(key) : statusReasonLabel(reason);
}

/** Frozen by the young carer from their own page ("I've lost my card"), not by staff. */
export function isReportedLost(card: { status: CardStatus; statusReason: string | null }): boolean {
  return card.status === 'suspended' && card.statusReason === REPORTED_LOST;
}
