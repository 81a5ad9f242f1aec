import { Type, type Static } from 'typebox';
import { CalendarDate } from '../holders/schemas.ts';

/** Answers a consultation must have before any count is shown: fewer, and a small group's answers could be told apart. */
export const RESULTS_MIN_ANSWERS = 5;
export const QUESTION_MAX = 200;
export const OPTION_LABEL_MAX = 120;
export const SUGGESTION_TEXT_MAX = 500;
export const OUTCOME_TEXT_MAX = 1000;
export const OPTIONS_MAX = 8;
/** An option's picture as uploaded (before it is re-encoded to a JPEG of at most 600 x 800). */
export const OPTION_IMAGE_MAX_BYTES = 2 * 1024 * 1024;
/** base64 of at most OPTION_IMAGE_MAX_BYTES. */
export const OPTION_IMAGE_BASE64_MAX = Math.ceil(OPTION_IMAGE_MAX_BYTES / 3) * 4;
export const OPTION_IMAGE_ALT_MAX = 250;

/** How an answer reached the service: the young carer's own page, or staff writing down what they were told. */
export const AnswerChannel = Type.Enum(['online', 'phone', 'email', 'face_to_face']);
export type AnswerChannel = Static<typeof AnswerChannel>;
export const StaffAnswerChannel = Type.Enum(['phone', 'email', 'face_to_face']);
export const ContactMethod = Type.Enum(['phone', 'email', 'online', 'face_to_face']);
export type ContactMethod = Static<typeof ContactMethod>;

export const OptionKind = Type.Enum(['text', 'image', 'template']);
export type OptionKind = Static<typeof OptionKind>;

const At = Type.String({ format: 'date-time' });
const Nullable = <T extends ReturnType<typeof Type.String | typeof Type.Integer>>(schema: T) => Type.Union([schema, Type.Null()]);
const Age = Type.Integer({ minimum: 0, maximum: 30 });

export const OptionInput = Type.Object(
  {
    kind: OptionKind,
    label: Type.String({ minLength: 1, maxLength: OPTION_LABEL_MAX }),
    /** For kind template: which card template to show */
    templateId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    /** For kind image: a PNG or JPEG, base64; it is re-encoded (metadata dropped) and only that copy kept */
    image: Type.Optional(Type.String({ minLength: 1, maxLength: OPTION_IMAGE_BASE64_MAX })),
    /** For kind image: what the picture shows, read out by screen readers */
    imageAlt: Type.Optional(Type.String({ maxLength: OPTION_IMAGE_ALT_MAX })),
  },
  { additionalProperties: false },
);
export type OptionInput = Static<typeof OptionInput>;

export const CreateConsultationBody = Type.Object(
  {
    question: Type.String({ minLength: 1, maxLength: QUESTION_MAX }),
    description: Type.Optional(Type.String({ maxLength: 500 })),
    // Null first: with type coercion on, a null tried against the integer first would become 0.
    minAge: Type.Optional(Type.Union([Type.Null(), Age])),
    maxAge: Type.Optional(Type.Union([Type.Null(), Age])),
    opensOn: CalendarDate,
    closesOn: CalendarDate,
    options: Type.Array(OptionInput, { minItems: 2, maxItems: OPTIONS_MAX }),
  },
  { additionalProperties: false },
);
export type CreateConsultationBody = Static<typeof CreateConsultationBody>;

export const OptionView = Type.Object({
  id: Type.String(),
  kind: OptionKind,
  label: Type.String(),
  templateId: Nullable(Type.String()),
  /** For kind image: the picture's text alternative (the picture itself is at .../options/:optionId/image) */
  imageAlt: Nullable(Type.String()),
});
export type OptionView = Static<typeof OptionView>;

/** Counts per option, only once there are RESULTS_MIN_ANSWERS answers in all; `count` is null until then. Never who answered. */
export const ConsultationResults = Type.Object({
  /** null until shown */
  total: Nullable(Type.Integer({ minimum: 0 })),
  shown: Type.Boolean(),
  options: Type.Array(Type.Object({ optionId: Type.String(), label: Type.String(), count: Nullable(Type.Integer({ minimum: 0 })) })),
  /** Answers by channel, with the same threshold */
  channels: Type.Array(Type.Object({ channel: AnswerChannel, count: Nullable(Type.Integer({ minimum: 0 })) })),
});
export type ConsultationResults = Static<typeof ConsultationResults>;

export const ConsultationStatus = Type.Enum(['upcoming', 'open', 'closed']);
export type ConsultationStatus = Static<typeof ConsultationStatus>;

export const ConsultationView = Type.Object({
  id: Type.String(),
  question: Type.String(),
  description: Nullable(Type.String()),
  minAge: Nullable(Type.Integer()),
  maxAge: Nullable(Type.Integer()),
  opensOn: Type.String(),
  closesOn: Type.String(),
  status: ConsultationStatus,
  createdAt: At,
  options: Type.Array(OptionView),
  results: ConsultationResults,
});
export type ConsultationView = Static<typeof ConsultationView>;
export const ConsultationResponse = Type.Object({ consultation: ConsultationView });
export const ConsultationList = Type.Object({ items: Type.Array(ConsultationView, { maxItems: 200 }) });

export const StaffAnswerBody = Type.Object({ optionId: Type.String({ minLength: 1, maxLength: 64 }), channel: StaffAnswerChannel }, { additionalProperties: false });
export type StaffAnswerBody = Static<typeof StaffAnswerBody>;

/** What a young carer sees of a consultation: no results, no age range (the server decided they are in it). */
export const MyConsultation = Type.Object({
  id: Type.String(),
  question: Type.String(),
  description: Nullable(Type.String()),
  options: Type.Array(OptionView),
  answered: Type.Boolean(),
});
export type MyConsultation = Static<typeof MyConsultation>;

export const OutcomeView = Type.Object({ id: Type.String(), youSaid: Type.String(), weDid: Type.String(), day: Type.String(), published: Type.Boolean() });
export type OutcomeView = Static<typeof OutcomeView>;
export const PublicOutcome = Type.Object({ id: Type.String(), youSaid: Type.String(), weDid: Type.String(), day: Type.String() });
export type PublicOutcome = Static<typeof PublicOutcome>;
export const OutcomeBody = Type.Object(
  {
    youSaid: Type.String({ minLength: 1, maxLength: OUTCOME_TEXT_MAX }),
    weDid: Type.String({ minLength: 1, maxLength: OUTCOME_TEXT_MAX }),
    day: CalendarDate,
    published: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type OutcomeBody = Static<typeof OutcomeBody>;
export const OutcomeResponse = Type.Object({ outcome: OutcomeView });
export const OutcomeList = Type.Object({ items: Type.Array(OutcomeView, { maxItems: 500 }) });

export const SuggestionKind = Type.Enum(['benefit', 'partner']);
export type SuggestionKind = Static<typeof SuggestionKind>;
export const SuggestionStatus = Type.Enum(['new', 'published', 'declined']);
export type SuggestionStatus = Static<typeof SuggestionStatus>;
export const SuggestionBody = Type.Object(
  { kind: SuggestionKind, text: Type.String({ minLength: 1, maxLength: SUGGESTION_TEXT_MAX * 2 }) },
  { additionalProperties: false },
);
export type SuggestionBody = Static<typeof SuggestionBody>;
export const SuggestionView = Type.Object({
  id: Type.String(),
  kind: SuggestionKind,
  text: Type.String(),
  status: SuggestionStatus,
  publicText: Nullable(Type.String()),
  day: Type.String(),
  decidedAt: Nullable(At),
});
export type SuggestionView = Static<typeof SuggestionView>;
export const SuggestionList = Type.Object({ items: Type.Array(SuggestionView, { maxItems: 500 }) });
export const SuggestionListQuery = Type.Object({ status: Type.Optional(SuggestionStatus) }, { additionalProperties: false });
export const ModerateSuggestionBody = Type.Object(
  {
    decision: Type.Enum(['published', 'declined']),
    /** The words shown publicly (staff may reword); needed to publish */
    publicText: Type.Optional(Type.String({ maxLength: SUGGESTION_TEXT_MAX })),
  },
  { additionalProperties: false },
);
export type ModerateSuggestionBody = Static<typeof ModerateSuggestionBody>;
export const PublicSuggestion = Type.Object({ id: Type.String(), kind: SuggestionKind, text: Type.String(), day: Type.String() });
export type PublicSuggestion = Static<typeof PublicSuggestion>;

/** GET /api/you-said-we-did: published outcomes and the suggestions staff chose to publish, in the words they approved. */
export const YouSaidWeDid = Type.Object({
  outcomes: Type.Array(PublicOutcome, { maxItems: 200 }),
  suggestions: Type.Array(PublicSuggestion, { maxItems: 200 }),
});
export type YouSaidWeDid = Static<typeof YouSaidWeDid>;

export const TakePartBody = Type.Object({ contactBy: Type.Array(ContactMethod, { minItems: 1, maxItems: 4, uniqueItems: true }) }, { additionalProperties: false });
export type TakePartBody = Static<typeof TakePartBody>;
export const MyTakePart = Type.Object({ registered: Type.Boolean(), contactBy: Type.Array(ContactMethod) });
export type MyTakePart = Static<typeof MyTakePart>;
/** Staff, on a young carer's page: whether they would like to take part, how it was said and whether it was followed up. */
export const HolderTakePart = Type.Object({
  registered: Type.Boolean(),
  contactBy: Type.Array(ContactMethod),
  source: Type.Union([Type.Null(), Type.Enum(['online', 'staff'])]),
  createdAt: Nullable(At),
  followedUpAt: Nullable(At),
});
export type HolderTakePart = Static<typeof HolderTakePart>;
export const TakePartView = Type.Object({
  id: Type.String(),
  holder: Type.Object({ id: Type.String(), givenName: Type.String(), familyName: Type.String(), preferredName: Nullable(Type.String()), contactEmail: Nullable(Type.String()), contactPhone: Nullable(Type.String()) }),
  contactBy: Type.Array(ContactMethod),
  source: Type.Enum(['online', 'staff']),
  createdAt: At,
  followedUpAt: Nullable(At),
});
export type TakePartView = Static<typeof TakePartView>;
export const TakePartList = Type.Object({ items: Type.Array(TakePartView, { maxItems: 1000 }) });

/** Everything /my's "Have your say" section shows. */
export const MyHaveYourSay = Type.Object({
  consultations: Type.Array(MyConsultation, { maxItems: 50 }),
  outcomes: Type.Array(PublicOutcome, { maxItems: 200 }),
  takePart: MyTakePart,
});
export type MyHaveYourSay = Static<typeof MyHaveYourSay>;
export const MyAnswerBody = Type.Object({ optionId: Type.String({ minLength: 1, maxLength: 64 }) }, { additionalProperties: false });
export const OptionParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[^\\u0000]+$' }), optionId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[^\\u0000]+$' }) });

export const CoProductionSettings = Type.Object({
  /** Days a suggestion is kept after it was sent (published ones too: what lasts belongs in "you said, we did"), then deleted */
  keepSuggestionsDays: Type.Integer({ minimum: 7, maximum: 1095 }),
  /** Days an answer is kept after the day it was given, then deleted (the counts go with it) */
  keepAnswersDays: Type.Integer({ minimum: 7, maximum: 1095 }),
});
export type CoProductionSettings = Static<typeof CoProductionSettings>;
export const CoProductionSettingsResponse = Type.Object({ settings: CoProductionSettings });
