import { Type, type Static } from 'typebox';
import { CalendarDate, ConsentBy, ConsentMethod, HolderLanguage } from '../holders/schemas.ts';
import { PageNumber } from '../schemas.ts';
import { REFERRAL_NAME_MAX, REFERRAL_PHOTO_MAX_BYTES, REFERRAL_TEXT_MAX } from '../shared/referral-limits.ts';

export { REFERRAL_MIN_AGE_ALONE, REFERRAL_NAME_MAX, REFERRAL_PHOTO_MAX_BYTES, REFERRAL_TEXT_MAX } from '../shared/referral-limits.ts';

export const ReferralStatus = Type.Enum(['new', 'accepted', 'declined', 'withdrawn']);
export type ReferralStatus = Static<typeof ReferralStatus>;
/** Who fills the form in. */
export const ReferrerRole = Type.Enum(['young_carer', 'parent', 'professional']);
export type ReferrerRole = Static<typeof ReferrerRole>;

const Name = Type.String({ minLength: 1, maxLength: REFERRAL_NAME_MAX });
const ShortText = Type.String({ maxLength: REFERRAL_TEXT_MAX });
const Email = Type.String({ format: 'email', maxLength: 254 });
const Phone = Type.String({ pattern: '^\\+?[0-9 ()-]{7,20}$' });
const Optional = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Optional(Type.Union([schema, Type.Literal('')]));
/** base64 of at most REFERRAL_PHOTO_MAX_BYTES. */
const PHOTO_BASE64_MAX = Math.ceil(REFERRAL_PHOTO_MAX_BYTES / 3) * 4;

/**
 * POST /api/referrals, from the public /refer page. Empty strings stand for
 * "not given" (a plain form sends them). `website` is a honeypot: people
 * never see it, so anything in it means a robot filled the form.
 */
export const SubmitReferralBody = Type.Object(
  {
    givenName: Name,
    familyName: Name,
    preferredName: Optional(Name),
    dateOfBirth: CalendarDate,
    contactEmail: Optional(Email),
    contactPhone: Optional(Phone),
    school: Optional(ShortText),
    area: Optional(ShortText),
    referrerRole: ReferrerRole,
    /** Not needed when the young carer refers themselves */
    referrerName: Optional(Name),
    referrerOrganisation: Optional(ShortText),
    referrerEmail: Optional(Email),
    referrerPhone: Optional(Phone),
    /** A young carer under 13 filling it in: an adult is with them */
    withAdult: Type.Optional(Type.Boolean()),
    consentBy: ConsentBy,
    consentMethod: ConsentMethod,
    /** The young carer's photo (JPEG, PNG or WebP), base64 */
    photo: Type.Optional(Type.String({ maxLength: PHOTO_BASE64_MAX })),
    website: Type.Optional(Type.String({ maxLength: 200 })),
    /** The language the form was filled in (the page sends it): the new record's message language when staff accept it */
    language: Type.Optional(HolderLanguage),
  },
  { additionalProperties: false },
);
export type SubmitReferralBody = Static<typeof SubmitReferralBody>;

/** All the public ever gets back: the reference to quote, and what happens next. Never anything about existing records. */
export const ReferralReceipt = Type.Object({
  reference: Type.String(),
  nextSteps: Type.Array(Type.String(), { maxItems: 10 }),
});
export type ReferralReceipt = Static<typeof ReferralReceipt>;

const At = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const ReferralSummary = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  status: ReferralStatus,
  givenName: Type.String(),
  familyName: Type.String(),
  preferredName: Nullable(Type.String()),
  dateOfBirth: Type.String(),
  referrerRole: ReferrerRole,
  createdAt: At,
  decidedAt: Nullable(At),
  holderId: Nullable(Type.String()),
  erased: Type.Boolean(),
});
export type ReferralSummary = Static<typeof ReferralSummary>;

/** Why a record or another referral may be the same young carer. */
export const DuplicateReason = Type.Enum(['name_and_date_of_birth', 'contact']);
export type DuplicateReason = Static<typeof DuplicateReason>;

export const PossibleDuplicates = Type.Object({
  holders: Type.Array(
    Type.Object({
      id: Type.String(),
      givenName: Type.String(),
      familyName: Type.String(),
      preferredName: Nullable(Type.String()),
      dateOfBirth: Type.String(),
      reference: Nullable(Type.String()),
      reasons: Type.Array(DuplicateReason),
    }),
    { maxItems: 50 },
  ),
  referrals: Type.Array(Type.Object({ id: Type.String(), reference: Type.String(), status: ReferralStatus, createdAt: At, reasons: Type.Array(DuplicateReason) }), { maxItems: 50 }),
});
export type PossibleDuplicates = Static<typeof PossibleDuplicates>;

export const ReferralDetail = Type.Object({
  ...ReferralSummary.properties,
  contactEmail: Nullable(Type.String()),
  contactPhone: Nullable(Type.String()),
  school: Nullable(Type.String()),
  area: Nullable(Type.String()),
  referrerName: Type.String(),
  referrerOrganisation: Nullable(Type.String()),
  referrerEmail: Nullable(Type.String()),
  referrerPhone: Nullable(Type.String()),
  withAdult: Type.Boolean(),
  consentBy: ConsentBy,
  consentMethod: ConsentMethod,
  /** The language the form was filled in: the record made from it speaks this language */
  language: HolderLanguage,
  /** Staff-only URL of the photo, or null */
  photoUrl: Nullable(Type.String()),
  decidedByEmail: Nullable(Type.String()),
  /** Staff only: never sent to the referrer */
  decisionReason: Nullable(Type.String()),
  /** Whether the referrer was sent the outcome */
  referrerNotified: Type.Boolean(),
  possibleDuplicates: PossibleDuplicates,
});
export type ReferralDetail = Static<typeof ReferralDetail>;
export const ReferralResponse = Type.Object({ referral: ReferralDetail });
export type ReferralResponse = Static<typeof ReferralResponse>;

export const ReferralListQuery = Type.Object(
  {
    status: Type.Optional(ReferralStatus),
    page: Type.Optional(PageNumber),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 25 })),
  },
  { additionalProperties: false },
);
export type ReferralListQuery = Static<typeof ReferralListQuery>;
export const ReferralList = Type.Object({
  items: Type.Array(ReferralSummary),
  total: Type.Integer({ minimum: 0 }),
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer({ minimum: 1 }),
});
export type ReferralList = Static<typeof ReferralList>;

/** Staff accept: a holder is made from the referral (with the consent it records). */
export const AcceptReferralBody = Type.Object(
  {
    /** The service's own reference for the new record */
    reference: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 40 }), Type.Null()])),
    /** Replaces the referral's preferred name (a name a card cannot print, say) */
    preferredName: Type.Optional(Type.Union([Name, Type.Null()])),
    /** Email the referrer that the referral was accepted (no detail about the child) */
    notifyReferrer: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);
export type AcceptReferralBody = Static<typeof AcceptReferralBody>;

export const DeclineReferralBody = Type.Object(
  {
    /** declined: staff decided not to; withdrawn: whoever referred asked to stop */
    outcome: Type.Enum(['declined', 'withdrawn']),
    /** Staff only, kept with the referral until it is erased */
    reason: Type.String({ minLength: 1, maxLength: 1000 }),
    notifyReferrer: Type.Boolean({ default: false }),
  },
  { additionalProperties: false },
);
export type DeclineReferralBody = Static<typeof DeclineReferralBody>;

export const ReferralSettings = Type.Object({
  /** Days a declined or withdrawn referral (or what is left of an accepted one: who referred) is kept after the decision, then erased */
  keepDecidedDays: Type.Integer({ minimum: 1, maximum: 730 }),
});
export type ReferralSettings = Static<typeof ReferralSettings>;
export const ReferralSettingsResponse = Type.Object({ settings: ReferralSettings, dailyCap: Type.Integer({ minimum: 1 }), receivedToday: Type.Integer({ minimum: 0 }) });
export type ReferralSettingsResponse = Static<typeof ReferralSettingsResponse>;
