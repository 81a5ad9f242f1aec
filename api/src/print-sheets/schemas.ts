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

/** POST /api/print-sheets/check: the same body as the sheet, nothing printed. */
export const PrintSheetCheckBody = PrintSheetBody;
export type PrintSheetCheckBody = Static<typeof PrintSheetCheckBody>;

/** What a print sheet would hold, for the check step before it is made. */
export const PrintSheetCheck = Type.Object({
  cardCount: Type.Integer(),
  /** PDF pages: a page of fronts and a page of backs per sheet */
  pageCount: Type.Integer(),
  /** A4 sheets of paper (or card stock) to load */
  sheetCount: Type.Integer(),
  layout: Type.Object({ id: Type.String(), name: Type.String(), columns: Type.Integer(), rows: Type.Integer(), cardsPerSheet: Type.Integer() }),
  /** Cards whose layout has a photo box and whose young carer has no photo: the box prints empty */
  withoutPhoto: Type.Array(
    Type.Object({
      cardId: Type.String(),
      cardNumber: Type.String(),
      holder: Type.Object({ id: Type.String(), givenName: Type.String(), familyName: Type.String(), preferredName: Type.Union([Type.String(), Type.Null()]) }),
    }),
  ),
});
export type PrintSheetCheck = Static<typeof PrintSheetCheck>;
