import { Type, type Static, type TSchema } from 'typebox';
import { PageNumber, PageOf } from '../schemas.ts';
import { AuditEventView } from '../audit/schemas.ts';
import { CardStatus, CardView } from '../cards/schemas.ts';
import { CARD_LANGUAGES, MESSAGE_LANGUAGES } from '../shared/languages.ts';

const Name = Type.String({ minLength: 1, maxLength: 60 });
/**
 * An address mail can reach: a dot in the domain (`alex@charity` is refused,
 * `alex@charity.org.uk` is not). The `email` format alone differs between the
 * API's validator and the web form's, so the pattern says it for both.
 */
const EMAIL_WITH_DOMAIN = '^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$';
/** Calendar date without time zone. */
export const CalendarDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const ConsentBy = Type.Enum(['young_carer', 'parent', 'guardian', 'professional']);
export const ConsentMethod = Type.Enum(['written', 'verbal', 'online']);
/** Emails, slips and reminders go in this language. */
export const HolderLanguage = Type.Enum([...MESSAGE_LANGUAGES], { description: 'Emails, printed slips and reminders: en, cy, pl, ur or ar (English when left out)' });
/** The card prints in English, Welsh, or both. */
export const CardLanguage = Type.Enum([...CARD_LANGUAGES], { description: 'The card prints in English, Welsh, or both (English when left out)' });

const holderFields = {
  givenName: Name,
  familyName: Name,
  preferredName: Type.Optional(Type.Union([Name, Type.Null()], { description: 'Printed on the card instead of the given name' })),
  dateOfBirth: CalendarDate,
  contactEmail: Type.Optional(Type.Union([Type.String({ format: 'email', pattern: EMAIL_WITH_DOMAIN, maxLength: 254 }), Type.Null()])),
  contactPhone: Type.Optional(Type.Union([Type.String({ pattern: '^\\+?[0-9 ()-]{7,20}$' }), Type.Null()])),
  consentBy: ConsentBy,
  consentAt: Type.String({ format: 'date-time' }),
  consentMethod: ConsentMethod,
  reference: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 40 }), Type.Null()])),
  notes: Type.Optional(Type.Union([Type.String({ maxLength: 4000 }), Type.Null()])),
  /** Staff only: the one place anything about the cared-for person may be written. */
  caringNote: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
  language: Type.Optional(HolderLanguage),
  cardLanguage: Type.Optional(CardLanguage),
};

export const CreateHolderBody = Type.Object(holderFields, { additionalProperties: false });
export type CreateHolderBody = Static<typeof CreateHolderBody>;

export const UpdateHolderBody = Type.Partial(Type.Object(holderFields), { additionalProperties: false, minProperties: 1 });
export type UpdateHolderBody = Static<typeof UpdateHolderBody>;

export const HolderSummary = Type.Object({
  id: Type.String(),
  givenName: Type.String(),
  familyName: Type.String(),
  preferredName: Type.Union([Type.String(), Type.Null()]),
  dateOfBirth: Type.String(),
  reference: Type.Union([Type.String(), Type.Null()]),
  hasPhoto: Type.Boolean(),
  /** The current (active or suspended, or latest) card, if any */
  currentCard: Type.Union([
    Type.Object({
      id: Type.String(),
      number: Type.String(),
      status: CardStatus,
      expiresAt: Type.String({ format: 'date-time' }),
      /** Last day the card is valid, YYYY-MM-DD */
      expiresOn: Type.String(),
    }),
    Type.Null(),
  ]),
});
export type HolderSummary = Static<typeof HolderSummary>;

/**
 * A card issued today: its last day (null when they are too old for one) and
 * what set it: the validity period, or the age limit (the month before the
 * birthday at `maxAge`). Staff-only, like the date of birth it comes from.
 */
export const NewCardTerms = Type.Object({
  expiresOn: Type.Union([Type.String(), Type.Null()]),
  endsBecause: Type.Union([Type.Literal('validity'), Type.Literal('age_limit'), Type.Literal('too_old')]),
  validityMonths: Type.Integer(),
  maxAge: Type.Integer(),
});
export type NewCardTerms = Static<typeof NewCardTerms>;

export const HolderDetail = Type.Object({
  id: Type.String(),
  givenName: Type.String(),
  familyName: Type.String(),
  preferredName: Type.Union([Type.String(), Type.Null()]),
  dateOfBirth: Type.String(),
  contactEmail: Type.Union([Type.String(), Type.Null()]),
  contactPhone: Type.Union([Type.String(), Type.Null()]),
  consentBy: Type.String(),
  consentAt: Type.String({ format: 'date-time' }),
  consentMethod: Type.String(),
  reference: Type.Union([Type.String(), Type.Null()]),
  notes: Type.Union([Type.String(), Type.Null()]),
  caringNote: Type.Union([Type.String(), Type.Null()]),
  language: HolderLanguage,
  cardLanguage: CardLanguage,
  /** Staff-only URL of the photo (needs the bearer token), or null */
  photoUrl: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  /** Newest first */
  cards: Type.Array(CardView),
  /** Audit events about this holder and their cards, newest first (at most 100) */
  history: Type.Array(AuditEventView),
  /** What a card issued (or renewed) today would be, so staff can check before they issue. */
  newCard: NewCardTerms,
});
export type HolderDetail = Static<typeof HolderDetail>;

export const HolderResponse = Type.Object({ holder: HolderDetail });
export type HolderResponse = Static<typeof HolderResponse>;

export const HolderSearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Name, reference or card number' })),
    dateOfBirth: Type.Optional(CalendarDate),
    page: Type.Optional(PageNumber),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type HolderSearchQuery = Static<typeof HolderSearchQuery>;

export const HolderList = PageOf(HolderSummary);
export type HolderList = Static<typeof HolderList>;

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const At = Type.String({ format: 'date-time' });

/**
 * GET /api/holders/:id/export.json: one young carer's whole record, for a
 * subject access request (UK GDPR Art. 15). Everything held about them, and
 * no secrets: no code, token or password hashes, no card token (it would
 * make a working QR), invitation codes blanked in message bodies. The caring
 * note is withheld (it can be about the person cared for, a third party);
 * `withheld` says so, and whether there is one to review by hand.
 */
export const HolderExport = Type.Object({
  exportedAt: At,
  exportedBy: Type.String(),
  organisation: Type.String(),
  holder: Type.Object({
    id: Type.String(),
    givenName: Type.String(),
    familyName: Type.String(),
    preferredName: Nullable(Type.String()),
    dateOfBirth: Type.String(),
    contactEmail: Nullable(Type.String()),
    contactPhone: Nullable(Type.String()),
    consentBy: Type.String(),
    consentAt: At,
    consentMethod: Type.String(),
    reference: Nullable(Type.String()),
    notes: Nullable(Type.String()),
    language: Type.String(),
    cardLanguage: Type.String(),
    createdAt: At,
    updatedAt: At,
    /** The stored photo (JPEG, base64), or null */
    photo: Nullable(Type.Object({ contentType: Type.Literal('image/jpeg'), base64: Type.String() })),
  }),
  withheld: Type.Array(Type.Object({ field: Type.String(), held: Type.Boolean(), reason: Type.String() })),
  cards: Type.Array(
    Type.Object({
      id: Type.String(),
      number: Type.String(),
      status: CardStatus,
      template: Type.String(),
      issuedAt: At,
      expiresAt: At,
      expiresOn: Type.String(),
      statusChangedAt: Nullable(At),
      statusReason: Nullable(Type.String()),
      replacesCardId: Nullable(Type.String()),
      issuedById: Nullable(Type.String()),
    }),
  ),
  invitations: Type.Array(
    Type.Object({
      id: Type.String(),
      cardId: Type.String(),
      channel: Type.String(),
      createdAt: At,
      createdById: Nullable(Type.String()),
      expiresAt: At,
      revokedAt: Nullable(At),
      failedAttempts: Type.Integer({ minimum: 0 }),
      lockedAt: Nullable(At),
      uses: Type.Integer({ minimum: 0 }),
      lastUsedAt: Nullable(At),
    }),
  ),
  deviceSessions: Type.Array(
    Type.Object({
      id: Type.String(),
      invitationId: Nullable(Type.String()),
      createdAt: At,
      expiresAt: At,
      lastSeenAt: At,
      revokedAt: Nullable(At),
    }),
  ),
  messages: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Type.String(),
      channel: Type.String(),
      to: Nullable(Type.String()),
      subject: Type.String(),
      text: Type.String(),
      status: Type.String(),
      attempts: Type.Integer({ minimum: 0 }),
      createdAt: At,
      sentAt: Nullable(At),
      cardId: Nullable(Type.String()),
      invitationId: Nullable(Type.String()),
    }),
  ),
  renewalReminders: Type.Array(Type.Object({ cardId: Type.String(), createdAt: At, trigger: Type.String(), messageId: Type.String() })),
  dataRequests: Type.Array(
    Type.Object({
      id: Type.String(),
      kind: Type.String(),
      text: Type.String(),
      status: Type.String(),
      createdAt: At,
      handledAt: Nullable(At),
      handledById: Nullable(Type.String()),
    }),
  ),
  /** Their wish to take part in co-production: how they asked to be contacted, and whether staff followed it up */
  takePart: Type.Array(Type.Object({ contactBy: Type.Array(Type.String()), source: Type.String(), createdAt: At, followedUpAt: Nullable(At) })),
  /** The referral that brought them in, if any: who referred (role and organisation; the referrer's own contact details are theirs, not the child's) */
  referrals: Type.Array(
    Type.Object({
      reference: Type.String(),
      status: Type.String(),
      receivedAt: At,
      decidedAt: Nullable(At),
      referrerRole: Type.String(),
      referrerOrganisation: Nullable(Type.String()),
    }),
  ),
  /** Oldest first: every audit event about the holder, their cards and their messages */
  auditEvents: Type.Array(AuditEventView),
});
export type HolderExport = Static<typeof HolderExport>;
