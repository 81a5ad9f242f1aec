import { Type, type Static, type TSchema } from 'typebox';
import { CardStatus } from '../cards/schemas.ts';
import { ContactMethod } from '../consultations/schemas.ts';
import { MyDataRequestView } from '../data-requests/schemas.ts';
import { InvitationStatus } from '../invitations/schemas.ts';
import { MessageChannel, MessageKind, MessageStatus } from '../outbox/schemas.ts';
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

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

/**
 * GET /api/my/data, "What we keep about me": everything the service holds
 * about the young carer (Art. 15), for their own page. The one thing held
 * but not shown is the staff-only caring note, which can be about the person
 * they care for: the answer says only whether there is one.
 */
export const MyData = Type.Object({
  about: Type.Object({
    givenName: Type.String(),
    familyName: Type.String(),
    preferredName: Nullable(Type.String()),
    dateOfBirth: Type.String(),
    contactEmail: Nullable(Type.String()),
    contactPhone: Nullable(Type.String()),
    /** `/api/my/photo?v=...`, or null without a photo */
    photoUrl: Nullable(Type.String()),
    reference: Nullable(Type.String()),
    /** Staff's notes about the young carer (not the caring note) */
    notes: Nullable(Type.String()),
    consentBy: Type.String(),
    consentAt: DateTime,
    consentMethod: Type.String(),
    /** Emails, slips and reminders go in this language */
    language: Type.String(),
    /** The card prints in this language (or both) */
    cardLanguage: Type.String(),
    createdAt: DateTime,
    updatedAt: DateTime,
  }),
  /** Whether staff keep a caring note; its words are never sent here */
  caringNoteKept: Type.Boolean(),
  /** Newest first */
  cards: Type.Array(
    Type.Object({
      number: Type.String(),
      status: CardStatus,
      current: Type.Boolean(),
      template: Type.String(),
      issuedAt: DateTime,
      /** Last valid day, YYYY-MM-DD */
      expiresOn: Type.String(),
      statusChangedAt: Nullable(DateTime),
      /** Why staff (or the young carer) stopped or paused it: a reason code */
      statusReason: Nullable(Type.String()),
    }),
  ),
  invitations: Type.Array(
    Type.Object({
      channel: MessageChannel,
      status: InvitationStatus,
      createdAt: DateTime,
      expiresAt: DateTime,
      uses: Type.Integer({ minimum: 0 }),
      failedAttempts: Type.Integer({ minimum: 0 }),
      lastUsedAt: Nullable(DateTime),
    }),
  ),
  devices: Type.Array(
    Type.Object({
      createdAt: DateTime,
      lastSeenAt: DateTime,
      expiresAt: DateTime,
      active: Type.Boolean(),
      /** The phone asking */
      thisPhone: Type.Boolean(),
    }),
  ),
  messages: Type.Array(
    Type.Object({
      kind: MessageKind,
      channel: MessageChannel,
      to: Nullable(Type.String()),
      subject: Type.String(),
      status: MessageStatus,
      createdAt: DateTime,
      sentAt: Nullable(DateTime),
    }),
  ),
  requests: Type.Array(MyDataRequestView),
  /** Their wish to take part in design groups and events (said on /my or told to staff), or null when there is none */
  takePart: Nullable(
    Type.Object({
      contactBy: Type.Array(ContactMethod),
      source: Type.Enum(['online', 'staff']),
      createdAt: DateTime,
      followedUpAt: Nullable(DateTime),
    }),
  ),
  /** Entries in the log of what was done with the record (who, what, when) */
  historyEntries: Type.Integer({ minimum: 0 }),
  /** Exactly what a shop's check of the current card shows (the verify answer), or null when it would say "not valid" */
  shopsSee: Nullable(
    Type.Object({
      result: Type.Enum(['valid', 'expired']),
      name: Type.String(),
      /** Only while valid */
      cardNumber: Nullable(Type.String()),
      expiresOn: Type.String(),
    }),
  ),
  issuer: Type.Object({ name: Type.String(), helpline: Type.String() }),
});
export type MyData = Static<typeof MyData>;
