import { Type, type Static } from 'typebox';
import { PageNumber, PageOf } from '../schemas.ts';

/** What a card is right now; `expired` is computed from the expiry date. */
export const CardStatus = Type.Union([
  Type.Literal('active'),
  Type.Literal('suspended'),
  Type.Literal('revoked'),
  Type.Literal('expired'),
]);
export type CardStatus = Static<typeof CardStatus>;

/** What the database stores in Card.status (expiry is not stored: it is computed). */
export const StoredCardStatus = Type.Enum(['active', 'suspended', 'revoked']);
export type StoredCardStatus = Static<typeof StoredCardStatus>;
/** A card that can still verify once its expiry allows: the holder's one current card is in one of these. */
export const CURRENT_CARD_STATUSES: StoredCardStatus[] = ['active', 'suspended'];
/** Set in the status list: a verifier must refuse the card. */
export const LISTED_CARD_STATUSES: StoredCardStatus[] = ['revoked', 'suspended'];

/** Staff-only reason codes. Never shown outside the admin app. */
export const RevokeReason = Type.Enum(['lost', 'stolen', 'damaged', 'no_longer_caring', 'moved_away', 'consent_withdrawn', 'issued_in_error', 'other']);
export type RevokeReason = Static<typeof RevokeReason>;
export const SuspendReason = Type.Enum(['lost', 'under_review', 'holder_request', 'other']);
export type SuspendReason = Static<typeof SuspendReason>;
/** The reason a card carries when the young carer froze it from their own page ("I've lost my card"); staff cannot choose it. */
export const REPORTED_LOST = 'reported_lost';
export const ReissueReason = Type.Enum(['lost', 'stolen', 'damaged']);
export type ReissueReason = Static<typeof ReissueReason>;

export const CardView = Type.Object({
  id: Type.String(),
  holderId: Type.String(),
  /** As printed, e.g. YC-7K3P-Q9MD-2HXWT */
  number: Type.String(),
  status: CardStatus,
  template: Type.String(),
  issuedAt: Type.String({ format: 'date-time' }),
  /** First instant the card is no longer valid */
  expiresAt: Type.String({ format: 'date-time' }),
  /** Last day the card is valid, YYYY-MM-DD: what the card prints and verify answers */
  expiresOn: Type.String(),
  statusChangedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  statusReason: Type.Union([Type.String(), Type.Null()]),
  replacesCardId: Type.Union([Type.String(), Type.Null()]),
  /** The signed card token (what the QR carries after `/v#`) */
  token: Type.String(),
  /** `${PUBLIC_URL}/v#${token}`: the QR content */
  verifyUrl: Type.String(),
});
export type CardView = Static<typeof CardView>;

export const CardResponse = Type.Object({ card: CardView });
export type CardResponse = Static<typeof CardResponse>;

export const IssueCardBody = Type.Object(
  { template: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })) },
  { additionalProperties: false },
);
export type IssueCardBody = Static<typeof IssueCardBody>;

export const CardTemplateBody = Type.Object({ template: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false });
export type CardTemplateBody = Static<typeof CardTemplateBody>;

export const RevokeCardBody = Type.Object({ reason: RevokeReason }, { additionalProperties: false });
export type RevokeCardBody = Static<typeof RevokeCardBody>;
export const SuspendCardBody = Type.Object({ reason: SuspendReason }, { additionalProperties: false });
export type SuspendCardBody = Static<typeof SuspendCardBody>;
export const ReissueCardBody = Type.Object({ reason: ReissueReason }, { additionalProperties: false });
export type ReissueCardBody = Static<typeof ReissueCardBody>;

export const CardListQuery = Type.Object(
  {
    status: Type.Optional(CardStatus),
    expiringWithinDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 3650 })),
    /** Only cards suspended or revoked for this reason, e.g. `reported_lost` (frozen by the young carer) */
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    page: Type.Optional(PageNumber),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type CardListQuery = Static<typeof CardListQuery>;

/** A card in a staff list, with whose it is. */
export const CardListItem = Type.Object({
  card: Type.Omit(CardView, ['token', 'verifyUrl']),
  holder: Type.Object({ id: Type.String(), givenName: Type.String(), familyName: Type.String(), preferredName: Type.Union([Type.String(), Type.Null()]) }),
});
export type CardListItem = Static<typeof CardListItem>;

export const CardList = PageOf(CardListItem);
export type CardList = Static<typeof CardList>;
