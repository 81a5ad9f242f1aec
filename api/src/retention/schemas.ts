import { Type, type Static } from 'typebox';

export const RetentionSettings = Type.Object({
  /**
   * Months a young carer's record is kept after their last card ended
   * (expired, revoked or replaced), or, with no card ever, after the record
   * was created or last changed. Then it is erased.
   */
  months: Type.Integer({ minimum: 1, maximum: 120 }),
});
export type RetentionSettings = Static<typeof RetentionSettings>;
export const UpdateRetentionSettingsBody = Type.Object({ months: RetentionSettings.properties.months }, { additionalProperties: false });
export type UpdateRetentionSettingsBody = Static<typeof UpdateRetentionSettingsBody>;

export const ErasureRunResult = Type.Object({
  /** Records erased by this run */
  erased: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  /** Decided referrals erased by this run (absent in runs from before referrals) */
  referrals: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  /** Imports uploaded but never run, deleted with their rows by this run */
  imports: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  /** Co-production suggestions and answers past their retention periods, deleted by this run */
  suggestions: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
  answers: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000 })),
});
export type ErasureRunResult = Static<typeof ErasureRunResult>;

export const RetentionSettingsResponse = Type.Object({
  settings: RetentionSettings,
  lastRun: Type.Union([Type.Object({ at: Type.String({ format: 'date-time' }), result: ErasureRunResult }), Type.Null()]),
});
export type RetentionSettingsResponse = Static<typeof RetentionSettingsResponse>;

/** Why a record's erasure falls due when it does. */
export const RetentionBasis = Type.Enum(['last_card_ended', 'record_changed']);
export type RetentionBasis = Static<typeof RetentionBasis>;

export const ErasureDueQuery = Type.Object(
  { withinDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 366, default: 60 })) },
  { additionalProperties: false },
);
export type ErasureDueQuery = Static<typeof ErasureDueQuery>;

export const ErasureDueItem = Type.Object({
  holder: Type.Object({ id: Type.String(), givenName: Type.String(), familyName: Type.String(), preferredName: Type.Union([Type.String(), Type.Null()]) }),
  /** The day the record is erased (or was due: the next run erases it), YYYY-MM-DD */
  dueOn: Type.String(),
  basis: RetentionBasis,
});
export type ErasureDueItem = Static<typeof ErasureDueItem>;
export const ErasureDueList = Type.Object({
  months: RetentionSettings.properties.months,
  withinDays: Type.Integer({ minimum: 0, maximum: 366 }),
  items: Type.Array(ErasureDueItem, { maxItems: 500 }),
});
export type ErasureDueList = Static<typeof ErasureDueList>;

export const EraseHolderBody = Type.Object(
  {
    /** The young carer's given and family name, typed by the admin to confirm */
    confirmName: Type.String({ minLength: 1, maxLength: 130 }),
  },
  { additionalProperties: false },
);
export type EraseHolderBody = Static<typeof EraseHolderBody>;

/** What an erasure removed: counts only, never what was erased. Also the audit event's details. */
export const ErasureCounts = Type.Object({
  cards: Type.Integer({ minimum: 0, maximum: 100_000 }),
  invitations: Type.Integer({ minimum: 0, maximum: 100_000 }),
  devices: Type.Integer({ minimum: 0, maximum: 100_000 }),
  messages: Type.Integer({ minimum: 0, maximum: 100_000 }),
  reminders: Type.Integer({ minimum: 0, maximum: 100_000 }),
  requests: Type.Integer({ minimum: 0, maximum: 100_000 }),
  /** The wish to take part in co-production (0 or 1) */
  takePart: Type.Integer({ minimum: 0, maximum: 1 }),
  photo: Type.Boolean(),
});
export type ErasureCounts = Static<typeof ErasureCounts>;

export const ErasureResult = Type.Object({ holderId: Type.String(), erasedAt: Type.String({ format: 'date-time' }), removed: ErasureCounts });
export type ErasureResult = Static<typeof ErasureResult>;
