import { Type, type Static } from 'typebox';
import { AGE_BAND_ENDS, AGE_BAND_STARTS } from '../shared/age-bands.ts';

/** Partners: shops, leisure centres, schools... that honour the card. Benefits: what each offers. */
export const PartnerCategory = Type.Enum(['shop', 'leisure', 'food', 'transport', 'school', 'health', 'other']);
export type PartnerCategory = Static<typeof PartnerCategory>;

const Line = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength });

export const PartnerFields = {
  name: Line(100, 1),
  category: PartnerCategory,
  /** Town or district, for the public directory. */
  area: Line(80),
  address: Line(200),
  /** https://... or empty. */
  website: Type.String({ maxLength: 200, pattern: '^(https?://[^\\s]+)?$' }),
  /** Staff only: never in the directory or a verify answer. */
  contactName: Line(100),
  contactEmail: Type.String({ maxLength: 200, pattern: '^([^\\s@]+@[^\\s@]+)?$' }),
  contactPhone: Line(40),
  active: Type.Boolean(),
};

export const CreatePartnerBody = Type.Object(
  {
    name: PartnerFields.name,
    category: PartnerFields.category,
    area: Type.Optional(PartnerFields.area),
    address: Type.Optional(PartnerFields.address),
    website: Type.Optional(PartnerFields.website),
    contactName: Type.Optional(PartnerFields.contactName),
    contactEmail: Type.Optional(PartnerFields.contactEmail),
    contactPhone: Type.Optional(PartnerFields.contactPhone),
    active: Type.Optional(PartnerFields.active),
  },
  { additionalProperties: false },
);
export type CreatePartnerBody = Static<typeof CreatePartnerBody>;

export const UpdatePartnerBody = Type.Partial(CreatePartnerBody, { additionalProperties: false, minProperties: 1 });
export type UpdatePartnerBody = Static<typeof UpdatePartnerBody>;

export const PartnerView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  category: PartnerCategory,
  area: Type.String(),
  address: Type.String(),
  website: Type.String(),
  contactName: Type.String(),
  contactEmail: Type.String(),
  contactPhone: Type.String(),
  active: Type.Boolean(),
  /** Public code in the partner's own verify link: their benefits first, with their notes. Not a secret. */
  verifyCode: Type.String(),
  /** `${PUBLIC_URL}/v?p=${verifyCode}`: open it once on the shop's phone; scanned cards then open with it. */
  verifyLink: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type PartnerView = Static<typeof PartnerView>;

export const PartnerResponse = Type.Object({ partner: PartnerView });
export type PartnerResponse = Static<typeof PartnerResponse>;
/** A partner in the list, with how many benefits it has (all, and active ones), for the staff overview. */
export const PartnerSummary = Type.Object({ ...PartnerView.properties, benefitCount: Type.Integer(), activeBenefitCount: Type.Integer() });
export type PartnerSummary = Static<typeof PartnerSummary>;
export const PartnerList = Type.Object({ items: Type.Array(PartnerSummary) });
export type PartnerList = Static<typeof PartnerList>;

const CalendarDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
/** Age limits fall on the edges of fixed bands (shared/age-bands.ts), so no verify answer narrows a child's age below a band. */
const MinAge = Type.Enum(AGE_BAND_STARTS, { description: `First age of a band: ${AGE_BAND_STARTS.join(', ')}` });
const MaxAge = Type.Enum(AGE_BAND_ENDS, { description: `Last age of a band: ${AGE_BAND_ENDS.join(', ')}` });

export const CreateBenefitBody = Type.Object(
  {
    partnerId: Type.String({ minLength: 1, maxLength: 64 }),
    title: Line(100, 1),
    description: Type.Optional(Line(500)),
    conditions: Type.Optional(Line(300)),
    /** Youngest age it is for (inclusive); null: no lower limit. */
    minAge: Type.Optional(Type.Union([MinAge, Type.Null()])),
    /** Oldest age it is for (inclusive); null: no upper limit. */
    maxAge: Type.Optional(Type.Union([MaxAge, Type.Null()])),
    /** First and last day it applies (inclusive); null: open-ended. */
    validFrom: Type.Optional(Type.Union([CalendarDate, Type.Null()])),
    validTo: Type.Optional(Type.Union([CalendarDate, Type.Null()])),
    active: Type.Optional(Type.Boolean()),
    /**
     * Shown only to this partner (through its key or verify link), e.g. a
     * school's agreed adjustments ("may keep their phone on in class").
     * About the scheme, never about one child.
     */
    partnerNote: Type.Optional(Line(300)),
  },
  { additionalProperties: false },
);
export type CreateBenefitBody = Static<typeof CreateBenefitBody>;

export const UpdateBenefitBody = Type.Partial(Type.Omit(CreateBenefitBody, ['partnerId']), { additionalProperties: false, minProperties: 1 });
export type UpdateBenefitBody = Static<typeof UpdateBenefitBody>;

export const BenefitView = Type.Object({
  id: Type.String(),
  partnerId: Type.String(),
  partnerName: Type.String(),
  title: Type.String(),
  description: Type.String(),
  conditions: Type.String(),
  minAge: Type.Union([Type.Integer(), Type.Null()]),
  maxAge: Type.Union([Type.Integer(), Type.Null()]),
  validFrom: Type.Union([Type.String(), Type.Null()]),
  validTo: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  partnerNote: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export type BenefitView = Static<typeof BenefitView>;
export const BenefitResponse = Type.Object({ benefit: BenefitView });
export type BenefitResponse = Static<typeof BenefitResponse>;
export const BenefitList = Type.Object({ items: Type.Array(BenefitView) });
export type BenefitList = Static<typeof BenefitList>;
export const BenefitListQuery = Type.Object({ partnerId: Type.Optional(Type.String({ maxLength: 64 })) }, { additionalProperties: false });
export type BenefitListQuery = Static<typeof BenefitListQuery>;

/** Partner API keys for till systems: shown once, stored hashed, revocable. */
export const PartnerKeyView = Type.Object({
  id: Type.String(),
  partnerId: Type.String(),
  name: Type.String(),
  /** The first characters of the key, to tell keys apart (e.g. "ycp_4kd9"). */
  prefix: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedOn: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type PartnerKeyView = Static<typeof PartnerKeyView>;
export const PartnerKeyList = Type.Object({ items: Type.Array(PartnerKeyView) });
export type PartnerKeyList = Static<typeof PartnerKeyList>;
export const PartnerKeyResponse = Type.Object({ key: PartnerKeyView });
export type PartnerKeyResponse = Static<typeof PartnerKeyResponse>;
export const CreatePartnerKeyBody = Type.Object({ name: Line(60, 1) }, { additionalProperties: false });
export type CreatePartnerKeyBody = Static<typeof CreatePartnerKeyBody>;
/** The only time the secret is ever shown. */
export const CreatedPartnerKey = Type.Object({ key: PartnerKeyView, secret: Type.String() });
export type CreatedPartnerKey = Static<typeof CreatedPartnerKey>;
export const PartnerKeyParams = Type.Object({ id: Type.String({ maxLength: 64 }), keyId: Type.String({ maxLength: 64 }) });

/** Scan statistics: counts per partner per day, nothing about any card or child. */
export const ScanStatsQuery = Type.Object(
  { from: Type.Optional(CalendarDate), to: Type.Optional(CalendarDate), partnerId: Type.Optional(Type.String({ maxLength: 64 })) },
  { additionalProperties: false },
);
export type ScanStatsQuery = Static<typeof ScanStatsQuery>;
export const ScanStatsRow = Type.Object({
  /** null: checks that named no partner (the public verify page opened without a partner link, or the API without a key). */
  partnerId: Type.Union([Type.String(), Type.Null()]),
  partnerName: Type.Union([Type.String(), Type.Null()]),
  day: Type.String(),
  valid: Type.Integer(),
  expired: Type.Integer(),
  notValid: Type.Integer(),
});
export type ScanStatsRow = Static<typeof ScanStatsRow>;
export const ScanStats = Type.Object({ items: Type.Array(ScanStatsRow) });
export type ScanStats = Static<typeof ScanStats>;

/** GET /api/v1/benefits (public): the directory young carers browse. No contacts, no partner notes. */
export const DirectoryBenefit = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  conditions: Type.String(),
  minAge: Type.Union([Type.Integer(), Type.Null()]),
  maxAge: Type.Union([Type.Integer(), Type.Null()]),
  validTo: Type.Union([Type.String(), Type.Null()]),
});
export const DirectoryPartner = Type.Object({
  id: Type.String(),
  name: Type.String(),
  category: PartnerCategory,
  area: Type.String(),
  address: Type.String(),
  website: Type.String(),
  benefits: Type.Array(DirectoryBenefit),
});
export const BenefitDirectory = Type.Object({ partners: Type.Array(DirectoryPartner) });
export type BenefitDirectory = Static<typeof BenefitDirectory>;

/** The partner link, emailed to the partner's contact through the outbox. */
export const SentPartnerLink = Type.Object({ messageId: Type.String(), to: Type.String() });
export type SentPartnerLink = Static<typeof SentPartnerLink>;

export const PartnerLinkParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40, pattern: '^[A-Za-z0-9_-]+$' }) });
export type PartnerLinkParams = Static<typeof PartnerLinkParams>;
/** Public: the shop a partner link is for (its name, as the directory shows it). */
export const PartnerLink = Type.Object({ code: Type.String(), name: Type.String() });
export type PartnerLink = Static<typeof PartnerLink>;
