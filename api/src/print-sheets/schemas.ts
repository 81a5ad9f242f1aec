import { Type, type Static } from 'typebox';

export const MAX_PRINT_SHEET_CARDS = 5000;

/** POST /api/print-sheets: either the cards to print, or a filter choosing them. */
export const PrintSheetBody = Type.Object(
  {
    /** Cards to print, in this order (duplicates are printed once). */
    cardIds: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: MAX_PRINT_SHEET_CARDS })),
    /** Every current card issued at or after this instant, oldest first. */
    issuedSince: Type.Optional(Type.String({ format: 'date-time' })),
    /** Sheet layout (default `a4-sheet`). */
    sheet: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
  },
  { additionalProperties: false },
);
export type PrintSheetBody = Static<typeof PrintSheetBody>;
