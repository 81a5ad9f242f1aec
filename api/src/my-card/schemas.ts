import { Type, type Static } from 'typebox';
import { PartnerCategory } from '../partners/schemas.ts';

/** A phone signed in to a young carer's own card (staff see these on the holder's page). */
export const DeviceSessionView = Type.Object({
  id: Type.String(),
  holderId: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  lastSeenAt: Type.String({ format: 'date-time' }),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  active: Type.Boolean(),
});
export type DeviceSessionView = Static<typeof DeviceSessionView>;
export const DeviceSessionList = Type.Object({ items: Type.Array(DeviceSessionView) });
export type DeviceSessionList = Static<typeof DeviceSessionList>;
export const DeviceSessionResponse = Type.Object({ device: DeviceSessionView });
export type DeviceSessionResponse = Static<typeof DeviceSessionResponse>;

/**
 * What the young carer's own page shows. Deliberately small: the name the
 * card prints, the card, the charity, and the benefits that apply to them
 * today. Never the family name, date of birth, contact details or notes.
 */
export const MyCardState = Type.Enum(['active', 'frozen', 'expired', 'revoked', 'none']);
export type MyCardState = Static<typeof MyCardState>;

export const MyBenefit = Type.Object({
  title: Type.String(),
  description: Type.String(),
  conditions: Type.String(),
  partner: Type.String(),
  category: PartnerCategory,
  area: Type.String(),
  address: Type.String(),
  website: Type.String(),
});
export type MyBenefit = Static<typeof MyBenefit>;

export const MyCard = Type.Object({
  /** The name the card prints */
  name: Type.String(),
  /** `/api/my/photo?v=...`, or null without a photo */
  photoUrl: Type.Union([Type.String(), Type.Null()]),
  /**
   * active: show it; frozen: reported lost or suspended (no QR); expired: ask to renew;
   * revoked: this card has ended; none: no card yet (a new one is on its way)
   */
  state: MyCardState,
  card: Type.Union([
    Type.Object({
      id: Type.String(),
      number: Type.String(),
      /** Last valid day, YYYY-MM-DD */
      expiresOn: Type.String(),
      /** Present while the card is active: what the QR on the page encodes */
      verifyUrl: Type.Union([Type.String(), Type.Null()]),
      /** When it was frozen, if it is */
      frozenAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
      /** True when the young carer froze it from this page (not staff) */
      reportedLost: Type.Boolean(),
    }),
    Type.Null(),
  ]),
  issuer: Type.Object({ name: Type.String(), helpline: Type.String() }),
  benefits: Type.Array(MyBenefit),
  /** When this answer was made: the page shows it when offline */
  asOf: Type.String({ format: 'date-time' }),
});
export type MyCard = Static<typeof MyCard>;

export const MySignInResponse = Type.Object({ signedIn: Type.Literal(true), expiresAt: Type.String({ format: 'date-time' }) });
