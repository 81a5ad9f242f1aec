import { Type, type Static } from 'typebox';

/**
 * Card layouts are data: JSON files in `templates/`, checked against these
 * schemas when loaded. Positions and sizes are millimetres from the top-left
 * corner of the card (or of the A4 page for a sheet layout).
 */

const Mm = Type.Number({ minimum: -10, maximum: 300 });
const Size = Type.Number({ exclusiveMinimum: 0, maximum: 300 });
/**
 * `#rrggbb`, or `primary` for the charity's brand colour, or `onPrimary` for
 * text on it (black or white, whichever reads better). Text in `primary`
 * prints near-black when the brand colour is too light to read on white.
 */
export const TemplateColour = Type.String({ pattern: '^(#[0-9a-fA-F]{6}|primary|onPrimary)$' });

const Box = { x: Mm, y: Mm, width: Size, height: Size };

export const TextElement = Type.Object(
  {
    type: Type.Literal('text'),
    ...Box,
    /** Literal text with `{field}` placeholders from the field registry, e.g. "{name}". Words go in `label` instead, so they are translated. */
    content: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    /** A key of the label catalogues (templates/labels/<language>.json), e.g. "validUntil" for "Valid until {expiresOn}". One of content or label. */
    label: Type.Optional(Type.String({ pattern: '^[A-Za-z][A-Za-z0-9]{0,59}$' })),
    /** Font size in points. */
    size: Type.Number({ minimum: 4, maximum: 48 }),
    /** Long text shrinks down to this size before it wraps (defaults to `size`: no shrinking). */
    minSize: Type.Optional(Type.Number({ minimum: 4, maximum: 48 })),
    /** Lines it may wrap to before the end is cut with an ellipsis. */
    maxLines: Type.Optional(Type.Integer({ minimum: 1, maximum: 6 })),
    weight: Type.Optional(Type.Enum(['regular', 'bold'])),
    colour: Type.Optional(TemplateColour),
    align: Type.Optional(Type.Enum(['left', 'center', 'right'])),
    valign: Type.Optional(Type.Enum(['top', 'middle', 'bottom'])),
    uppercase: Type.Optional(Type.Boolean()),
    /** Where and how big the element prints on a bilingual card, when that differs (Welsh and English need more room). */
    bilingual: Type.Optional(
      Type.Object(
        {
          x: Type.Optional(Mm),
          y: Type.Optional(Mm),
          width: Type.Optional(Size),
          height: Type.Optional(Size),
          size: Type.Optional(Type.Number({ minimum: 4, maximum: 48 })),
          minSize: Type.Optional(Type.Number({ minimum: 4, maximum: 48 })),
          maxLines: Type.Optional(Type.Integer({ minimum: 1, maximum: 6 })),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const ImageElement = Type.Object(
  {
    type: Type.Literal('image'),
    ...Box,
    field: Type.Enum(['photo', 'logo']),
    /** cover: fill the frame and crop (photos); contain: fit inside it (logos). */
    fit: Type.Enum(['cover', 'contain']),
    align: Type.Optional(Type.Enum(['left', 'center', 'right'])),
    /** Frame fill when there is no image (omit to leave the frame empty). */
    placeholder: Type.Optional(TemplateColour),
    /** Frame outline colour. */
    stroke: Type.Optional(TemplateColour),
  },
  { additionalProperties: false },
);

export const QrElement = Type.Object(
  {
    type: Type.Literal('qr'),
    x: Mm,
    y: Mm,
    /** Side of the square, quiet zone included. */
    size: Size,
    field: Type.Literal('verifyUrl'),
    colour: Type.Optional(TemplateColour),
  },
  { additionalProperties: false },
);

export const RectElement = Type.Object(
  {
    type: Type.Literal('rect'),
    ...Box,
    fill: Type.Optional(TemplateColour),
    stroke: Type.Optional(TemplateColour),
    strokeWidth: Type.Optional(Type.Number({ minimum: 0.05, maximum: 5 })),
    radius: Type.Optional(Type.Number({ minimum: 0, maximum: 30 })),
    /** Edges on the card's edge extend into the bleed when the PDF has one. */
    bleed: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const LineElement = Type.Object(
  {
    type: Type.Literal('line'),
    x1: Mm,
    y1: Mm,
    x2: Mm,
    y2: Mm,
    colour: Type.Optional(TemplateColour),
    width: Type.Optional(Type.Number({ minimum: 0.05, maximum: 5 })),
  },
  { additionalProperties: false },
);

export const TemplateElement = Type.Union([TextElement, ImageElement, QrElement, RectElement, LineElement]);
export type TemplateElement = Static<typeof TemplateElement>;
export type TextElement = Static<typeof TextElement>;
export type ImageElement = Static<typeof ImageElement>;
export type QrElement = Static<typeof QrElement>;
export type RectElement = Static<typeof RectElement>;
export type LineElement = Static<typeof LineElement>;

export const CardFace = Type.Object(
  {
    background: Type.Optional(TemplateColour),
    elements: Type.Array(TemplateElement, { maxItems: 100 }),
  },
  { additionalProperties: false },
);
export type CardFace = Static<typeof CardFace>;

const TemplateId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' });
const Common = {
  id: TemplateId,
  name: Type.String({ minLength: 1, maxLength: 60 }),
  description: Type.String({ maxLength: 300 }),
};

/** A card: CR80 (85.6 x 54 mm), a front and a back. */
export const CardTemplate = Type.Object(
  {
    ...Common,
    kind: Type.Literal('card'),
    /** Shown first when staff pick a layout for a young carer who needs bigger, higher-contrast text. */
    largePrint: Type.Boolean(),
    front: CardFace,
    back: CardFace,
  },
  { additionalProperties: false },
);
export type CardTemplate = Static<typeof CardTemplate>;

/** Where cards go on a print sheet (A4 by default), with crop marks for cutting. */
export const SheetTemplate = Type.Object(
  {
    ...Common,
    kind: Type.Literal('sheet'),
    page: Type.Object({ width: Size, height: Size }, { additionalProperties: false }),
    columns: Type.Integer({ minimum: 1, maximum: 10 }),
    rows: Type.Integer({ minimum: 1, maximum: 20 }),
    /** Space between cards, so each can be cut with its own edges. */
    gap: Type.Object({ x: Type.Number({ minimum: 0, maximum: 50 }), y: Type.Number({ minimum: 0, maximum: 50 }) }, { additionalProperties: false }),
    cropMarks: Type.Object(
      {
        /** Mark length in mm, in the page margin, in line with every cut. */
        length: Type.Number({ minimum: 1, maximum: 20 }),
        /** Gap between the card edge and the start of the mark. */
        offset: Type.Number({ minimum: 0, maximum: 10 }),
        width: Type.Number({ minimum: 0.05, maximum: 1 }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type SheetTemplate = Static<typeof SheetTemplate>;

export const Template = Type.Union([CardTemplate, SheetTemplate]);
export type Template = Static<typeof Template>;

/** GET /api/templates: what staff choose from. */
export const TemplateSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  kind: Type.Enum(['card', 'sheet']),
  largePrint: Type.Boolean(),
});
export type TemplateSummary = Static<typeof TemplateSummary>;

export const TemplateList = Type.Object({ items: Type.Array(TemplateSummary) });
export type TemplateList = Static<typeof TemplateList>;

/** One field templates can print, as the registry describes it (for the gallery and template authors). */
export const TemplateField = Type.Object({
  key: Type.String(),
  label: Type.String(),
  kind: Type.Enum(['text', 'image', 'qr']),
  sample: Type.String(),
});
export const TemplateFieldList = Type.Object({ items: Type.Array(TemplateField) });
export type TemplateFieldList = Static<typeof TemplateFieldList>;

export const TemplateParams = Type.Object({ id: TemplateId });

/** Bleed around a card PDF, in mm (0: exactly CR80). */
export const PdfQuery = Type.Object(
  { bleed: Type.Optional(Type.Number({ minimum: 0, maximum: 5, default: 0 })) },
  { additionalProperties: false },
);
