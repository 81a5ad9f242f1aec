import { Type, type Static } from 'typebox';
import { ConsentBy, ConsentMethod } from '../holders/schemas.ts';

/** Largest CSV file an import takes. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Data rows in one file (a register bigger than this is imported in parts). */
export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_COLUMNS = 60;

/** The young carer's fields a register's column can fill (the caring note is never imported: it stays typed by staff). */
export const IMPORT_FIELDS = [
  'givenName',
  'familyName',
  'preferredName',
  'dateOfBirth',
  'contactEmail',
  'contactPhone',
  'consentBy',
  'consentAt',
  'consentMethod',
  'reference',
  'notes',
] as const;
export const ImportField = Type.Enum([...IMPORT_FIELDS]);
export type ImportField = Static<typeof ImportField>;

const ColumnIndex = Type.Integer({ minimum: 0, maximum: 59 });

/** Which column fills which field, and the values every row gets for the consent fields a register often lacks. */
export const ImportMapping = Type.Object(
  {
    fields: Type.Object(Object.fromEntries(IMPORT_FIELDS.map((field) => [field, Type.Optional(ColumnIndex)])) as Record<ImportField, ReturnType<typeof Type.Optional<typeof ColumnIndex>>>, {
      additionalProperties: false,
    }),
    defaults: Type.Object(
      {
        consentBy: Type.Optional(ConsentBy),
        consentMethod: Type.Optional(ConsentMethod),
        /** YYYY-MM-DD or an ISO date-time */
        consentAt: Type.Optional(Type.String({ minLength: 10, maxLength: 30 })),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type ImportMapping = Static<typeof ImportMapping>;

export const OnMatch = Type.Enum(['update', 'skip'], { description: 'A row that matches an existing young carer (by reference, or name and date of birth): update them, or leave them as they are' });
export type OnMatch = Static<typeof OnMatch>;

export const MapImportBody = Type.Object({ mapping: ImportMapping, onMatch: OnMatch }, { additionalProperties: false });
export type MapImportBody = Static<typeof MapImportBody>;

export const ImportStatus = Type.Enum(['uploaded', 'previewed', 'running', 'done']);
export type ImportStatus = Static<typeof ImportStatus>;

export const RowResult = Type.Enum(['created', 'updated', 'unchanged', 'matched_skipped', 'duplicate']);
export type RowResult = Static<typeof RowResult>;

export const RowProblem = Type.Object({ field: Type.String(), message: Type.String() });
export type RowProblem = Static<typeof RowProblem>;

const Count = Type.Integer({ minimum: 0 });

export const ImportJobView = Type.Object({
  id: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  status: ImportStatus,
  columns: Type.Array(Type.String()),
  /** The mapping in use, or (before one is chosen) the one remembered from the last import, matched by heading */
  mapping: Type.Union([ImportMapping, Type.Null()]),
  mappingRemembered: Type.Boolean(),
  onMatch: OnMatch,
  /** True when an earlier import was of the very same file */
  sameFileImportedBefore: Type.Boolean(),
  counts: Type.Object({
    total: Count,
    /** Rows with problems (left out unless fixed) */
    problems: Count,
    /** Rows the admin chose to leave out */
    skipped: Count,
    /** Rows that will be or were imported */
    ready: Count,
    /** Rows already processed by the run */
    done: Count,
    created: Count,
    updated: Count,
    unchanged: Count,
    matchedSkipped: Count,
    duplicate: Count,
  }),
  startedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  /** Cards for everyone imported: a stored batch job, started once */
  cards: Type.Object({
    status: Type.Union([Type.Literal('not_started'), Type.Literal('running'), Type.Literal('done')]),
    /** Rows the batch goes through (rows imported as created, updated or unchanged) */
    total: Count,
    /** Rows it has been through */
    done: Count,
    /** Distinct cards issued by the batch */
    issued: Count,
    alreadyHadCard: Count,
    refused: Count,
  }),
});
export type ImportJobView = Static<typeof ImportJobView>;

/** GET /api/imports/:id/cards/plan: what "Issue cards" would do, before it is started (the check-your-answers step). */
export const ImportCardsPlan = Type.Object({
  /** Young carers who would get a card */
  toIssue: Count,
  /** Skipped: they already have a current card */
  alreadyHaveCard: Count,
  /** Skipped: at or past the age cards end */
  tooOld: Count,
  /** Skipped: their record was erased since the import */
  erased: Count,
  /** Rows about a young carer an earlier row of the file is also about (one card each) */
  sameYoungCarer: Count,
  /** The expiry rule, in numbers: a card lasts this many months, and ends sooner in the month before this birthday */
  validityMonths: Type.Integer(),
  maxAge: Type.Integer(),
});
export type ImportCardsPlan = Static<typeof ImportCardsPlan>;

export const ImportJobResponse = Type.Object({ job: ImportJobView });
export type ImportJobResponse = Static<typeof ImportJobResponse>;

export const ImportJobList = Type.Object({ items: Type.Array(ImportJobView) });
export type ImportJobList = Static<typeof ImportJobList>;

/** The holder input a row makes: every importable field as text (empty: not given). */
export const RowValues = Type.Object(
  Object.fromEntries(IMPORT_FIELDS.map((field) => [field, Type.Optional(Type.String({ maxLength: 4000 }))])) as Record<ImportField, ReturnType<typeof Type.Optional<ReturnType<typeof Type.String>>>>,
  { additionalProperties: false },
);
export type RowValues = Static<typeof RowValues>;

export const ImportRowView = Type.Object({
  rowNumber: Type.Integer({ minimum: 1 }),
  /** The row's values under the mapping (or as fixed) */
  values: RowValues,
  problems: Type.Array(RowProblem),
  skipped: Type.Boolean(),
  result: Type.Union([RowResult, Type.Null()]),
  /** The young carer the row was imported into (or matched), once the run has reached it */
  holderId: Type.Union([Type.String(), Type.Null()]),
});
export type ImportRowView = Static<typeof ImportRowView>;

export const ImportRowsQuery = Type.Object(
  {
    show: Type.Optional(Type.Enum(['all', 'problems'], { default: 'all' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);
export type ImportRowsQuery = Static<typeof ImportRowsQuery>;

export const ImportRowList = Type.Object({ items: Type.Array(ImportRowView), total: Type.Integer(), page: Type.Integer(), pageSize: Type.Integer() });
export type ImportRowList = Static<typeof ImportRowList>;

export const ImportRowParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }), rowNumber: Type.Integer({ minimum: 1, maximum: MAX_IMPORT_ROWS }) });

/** Fix a row (new values, checked again) or leave it out. */
export const UpdateImportRowBody = Type.Object(
  { values: Type.Optional(RowValues), skipped: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateImportRowBody = Static<typeof UpdateImportRowBody>;

export const ImportCardsResult = Type.Object({
  /** Cards this call (or the first call for this import) issued, in row order: print these */
  cardIds: Type.Array(Type.String()),
  issued: Count,
  /** Young carers who already had a current card */
  alreadyHadCard: Count,
  /** Young carers who could not get a card, with the reason in words */
  refused: Type.Array(Type.Object({ rowNumber: Type.Integer(), message: Type.String() })),
});
export type ImportCardsResult = Static<typeof ImportCardsResult>;
