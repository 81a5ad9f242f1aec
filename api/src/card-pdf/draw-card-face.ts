import type { CardLanguage } from '../shared/languages.ts';
import { bundledCardLabels, type CardLabels, type LabelLanguage } from '../templates/card-labels.ts';
import type { BilingualLayout, CardSource, TextField } from '../templates/fields.ts';
import { IMAGE_FIELDS, textValues } from '../templates/fields.ts';
import type { CardFace, ImageElement, RectElement, TextElement } from '../templates/schemas.ts';
import { fitText, type FittedText } from './fit-text.ts';
import { cardFont, cardFonts, fontName, loadedFonts, type CardFonts, type FontWeight } from './fonts.ts';
import { drawQr, qrMatrix, type QrMatrix } from './qr-vector.ts';
import { paragraphDirection, runWidth, visualRuns } from './text-runs.ts';
import { CARD_HEIGHT_MM, CARD_WIDTH_MM, mm } from './units.ts';

/** A card's values, resolved once and drawn on any number of faces. */
export type CardContent = {
  /** The values of text fields in each label language (a Welsh card prints the Welsh branding and dates). */
  text: Record<LabelLanguage, Record<TextField, string>>;
  language: CardLanguage;
  bilingualLayout: BilingualLayout;
  labels: CardLabels;
  photo: Buffer | null;
  logo: Buffer | null;
  qr: QrMatrix;
  primaryColour: string;
};

export function cardContentOf(source: CardSource): CardContent {
  return {
    text: { en: textValues(source, 'en'), cy: textValues(source, 'cy') },
    language: source.language ?? 'en',
    bilingualLayout: source.branding.bilingualLayout ?? 'welsh_first',
    labels: source.labels ?? bundledCardLabels(),
    photo: IMAGE_FIELDS.photo.read(source),
    logo: IMAGE_FIELDS.logo.read(source),
    qr: qrMatrix(source.verifyUrl, source.qrMask),
    primaryColour: source.branding.primaryColour,
  };
}

/** Per-document state: each image buffer is embedded once, however often it is drawn. */
export type FaceCanvas = {
  doc: PDFKit.PDFDocument;
  fonts: CardFonts;
  /** Weak: a photo drawn once is dropped with its card; the logo, drawn on every card, stays while in use. */
  images: WeakMap<Buffer, PDFKit.OpenedImage>;
  /** Whether this document has started from an empty glyph cache (see glyphsFor). */
  freshGlyphs: boolean;
  /** Fonts registered with this document so far (other scripts' fonts are registered when a text first needs them). */
  registered: Set<string>;
};

export function faceCanvas(doc: PDFKit.PDFDocument): FaceCanvas {
  const fonts = cardFonts();
  const canvas = { doc, fonts, images: new WeakMap(), freshGlyphs: false, registered: new Set(['regular', 'bold']) };
  if (glyphCacheMixed) startFreshGlyphs(canvas);
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  return canvas;
}

/**
 * fontkit caches each glyph with the characters it was first laid out for,
 * and pdfkit writes those into the PDF's text layer (what screen readers and
 * copy-paste read). Latin "B", Greek "Β" and Cyrillic "В" share a glyph in
 * Noto Sans, so with one font object serving every PDF, a Greek name printed
 * earlier would make a later card's "B" read as Greek. Plain ASCII text can
 * never be misread this way, so the cache is emptied (about 3 ms of glyph
 * rebuilding) only when it matters: before a document's first non-ASCII text,
 * and at the start of a document after one that had some.
 */
let glyphCacheMixed = false;
const NON_ASCII = /[^\x20-\x7e]/;

function startFreshGlyphs(canvas: FaceCanvas): void {
  for (const font of loadedFonts() as Iterable<unknown> as Iterable<{ _glyphs: Record<number, unknown> }>) font._glyphs = {};
  canvas.freshGlyphs = true;
  glyphCacheMixed = false;
}

function glyphsFor(canvas: FaceCanvas, text: string): void {
  if (!NON_ASCII.test(text)) return;
  if (!canvas.freshGlyphs) startFreshGlyphs(canvas);
  glyphCacheMixed = true;
}

/**
 * Draws one face of a card with its top-left corner at `at` (points).
 * `bleed` (points) extends full-edge rectangles marked `bleed` past the card
 * edge, for printers that trim.
 */
export function drawCardFace(canvas: FaceCanvas, face: CardFace, content: CardContent, at: { x: number; y: number }, bleed = 0): void {
  const { doc } = canvas;
  const colour = colourResolver(content.primaryColour);
  if (face.background) {
    doc.rect(at.x - bleed, at.y - bleed, mm(CARD_WIDTH_MM) + 2 * bleed, mm(CARD_HEIGHT_MM) + 2 * bleed).fill(colour(face.background));
  }
  for (const element of face.elements) {
    switch (element.type) {
      case 'rect':
        drawRect(doc, element, at, bleed, colour);
        break;
      case 'line':
        doc
          .moveTo(at.x + mm(element.x1), at.y + mm(element.y1))
          .lineTo(at.x + mm(element.x2), at.y + mm(element.y2))
          .lineWidth(mm(element.width ?? 0.3))
          .stroke(colour(element.colour ?? '#000000'));
        break;
      case 'qr':
        drawQr(doc, content.qr, { x: at.x + mm(element.x), y: at.y + mm(element.y), side: mm(element.size) }, colour(element.colour ?? '#000000'));
        break;
      case 'image':
        drawImage(canvas, element, element.field === 'photo' ? content.photo : content.logo, at, colour);
        break;
      case 'text':
        drawText(canvas, element, content, at, colour);
        break;
    }
  }
}

type Colour = (value: string) => string;

function colourResolver(primary: string): Colour {
  const onPrimary = readableOn(primary);
  return (value) => (value === 'primary' ? primary : value === 'onPrimary' ? onPrimary : value);
}

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Black or white, whichever contrasts more with `hex`. */
export function readableOn(hex: string): string {
  const l = luminance(hex);
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/**
 * Text in the brand colour on a white card, unless the brand colour is too
 * light to read there (under WCAG's 4.5:1), when it prints near-black.
 */
export function textColourOnWhite(hex: string): string {
  return 1.05 / (luminance(hex) + 0.05) >= 4.5 ? hex : '#111111';
}

function drawRect(doc: PDFKit.PDFDocument, element: RectElement, at: { x: number; y: number }, bleed: number, colour: Colour): void {
  let x = at.x + mm(element.x);
  let y = at.y + mm(element.y);
  let width = mm(element.width);
  let height = mm(element.height);
  if (element.bleed && bleed > 0) {
    const edge = 0.01;
    if (element.x <= edge) { x -= bleed; width += bleed; }
    if (element.y <= edge) { y -= bleed; height += bleed; }
    if (element.x + element.width >= CARD_WIDTH_MM - edge) width += bleed;
    if (element.y + element.height >= CARD_HEIGHT_MM - edge) height += bleed;
  }
  if (element.radius) doc.roundedRect(x, y, width, height, mm(element.radius));
  else doc.rect(x, y, width, height);
  if (element.fill && element.stroke) doc.lineWidth(mm(element.strokeWidth ?? 0.3)).fillAndStroke(colour(element.fill), colour(element.stroke));
  else if (element.fill) doc.fill(colour(element.fill));
  else doc.lineWidth(mm(element.strokeWidth ?? 0.3)).stroke(colour(element.stroke ?? '#000000'));
}

function drawImage(canvas: FaceCanvas, element: ImageElement, image: Buffer | null, at: { x: number; y: number }, colour: Colour): void {
  const { doc } = canvas;
  const frame = { x: at.x + mm(element.x), y: at.y + mm(element.y), width: mm(element.width), height: mm(element.height) };
  if (!image) {
    if (element.placeholder) doc.rect(frame.x, frame.y, frame.width, frame.height).fill(colour(element.placeholder));
  } else {
    let opened = canvas.images.get(image);
    if (!opened) {
      opened = doc.openImage(image);
      canvas.images.set(image, opened);
    }
    doc.save();
    doc.rect(frame.x, frame.y, frame.width, frame.height).clip();
    if (element.fit === 'cover') {
      doc.image(opened, frame.x, frame.y, { cover: [frame.width, frame.height], align: 'center', valign: 'center' });
    } else {
      const align = element.align === 'left' ? undefined : (element.align ?? 'center');
      doc.image(opened, frame.x, frame.y, { fit: [frame.width, frame.height], align, valign: 'center' });
    }
    doc.restore();
  }
  if (element.stroke) doc.rect(frame.x, frame.y, frame.width, frame.height).lineWidth(mm(0.2)).stroke(colour(element.stroke));
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The element's text with its fields filled in, or '' when every field in it is empty (so "Helpline: {helpline}" vanishes without a helpline). */
export function resolveContent(content: string, values: Record<TextField, string>): string {
  let fields = 0;
  let filled = 0;
  const text = content.replace(PLACEHOLDER, (_, key: string) => {
    fields++;
    const value = values[key as TextField] ?? '';
    if (value) filled++;
    return value;
  });
  return fields > 0 && filled === 0 ? '' : text;
}

/** Between the Welsh and the English of a text set out side by side (or Welsh first on a one-line element). */
export const BILINGUAL_SEPARATOR = ' / ';

/** What one language prints in a text element: its label in that language, or its content, with fields filled in. */
export function elementText(element: TextElement, labels: CardLabels, values: Record<TextField, string>, language: LabelLanguage): string {
  const source = element.label !== undefined ? labels[language][element.label] ?? '' : element.content ?? '';
  return resolveContent(source, values);
}

/** The element as it prints on a card in `language`: a bilingual card takes the element's `bilingual` box and sizes. */
export function elementFor(element: TextElement, language: CardLanguage): TextElement {
  if (language !== 'bilingual' || !element.bilingual) return element;
  const { bilingual, ...rest } = element;
  return { ...rest, ...bilingual };
}

/**
 * What a text element prints on a card in `language` (after elementFor). A
 * bilingual card prints the Welsh and the English when they differ (a name
 * or a card number prints once). Welsh first: the Welsh lines above the
 * English ones. Side by side (and Welsh first on a one-line element): Welsh
 * then English in one text, where a value both end with prints once
 * ("Llinell gymorth / Helpline 0800 123 4567").
 */
export function textPiece(element: TextElement, content: Pick<CardContent, 'text' | 'labels' | 'language' | 'bilingualLayout'>): string {
  const inLanguage = (language: LabelLanguage) => elementText(element, content.labels, content.text[language], language);
  if (content.language !== 'bilingual') return inLanguage(content.language);
  const welsh = inLanguage('cy');
  const english = inLanguage('en');
  if (welsh === english || !welsh || !english) return welsh || english;
  if (content.bilingualLayout === 'welsh_first' && (element.maxLines ?? 1) >= 2) return `${welsh}\n${english}`;
  const shared = element.label !== undefined ? sharedEnding(element.label, content) : '';
  if (shared) return `${welsh.slice(0, -shared.length).trimEnd()}${BILINGUAL_SEPARATOR}${english}`;
  return `${welsh}${BILINGUAL_SEPARATOR}${english}`;
}

/** The value both languages' label ends with, when it is the same value ("{helpline}"), else ''. */
function sharedEnding(label: string, content: Pick<CardContent, 'text' | 'labels'>): string {
  const ending = /\{(\w+)\}$/;
  const welsh = content.labels.cy[label]?.match(ending)?.[1];
  const english = content.labels.en[label]?.match(ending)?.[1];
  if (!welsh || welsh !== english) return '';
  const value = content.text.cy[welsh as TextField];
  return value && value === content.text.en[welsh as TextField] ? value : '';
}

/** How the text element lays out its content: what the renderer draws and what tests check. */
export function layoutTextElement(fonts: CardFonts, element: TextElement, text: string): FittedText {
  const font = fonts[element.weight ?? 'regular'];
  const shown = element.uppercase ? text.toUpperCase() : text;
  return fitText(
    shown,
    { width: mm(element.width), height: mm(element.height) },
    { size: element.size, minSize: element.minSize ?? element.size, maxLines: element.maxLines ?? 1 },
    measurer(element.weight ?? 'regular'),
    { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm },
  );
}

function drawText(canvas: FaceCanvas, element: TextElement, content: CardContent, at: { x: number; y: number }, colour: Colour): void {
  const shown = elementFor(element, content.language);
  const text = textPiece(shown, content);
  if (!text) return;
  glyphsFor(canvas, text);
  const { doc, fonts } = canvas;
  const weight: FontWeight = shown.weight ?? 'regular';
  const fitted = layoutTextElement(fonts, shown, text);
  const box = { x: at.x + mm(shown.x), y: at.y + mm(shown.y), width: mm(shown.width), height: mm(shown.height) };
  const valign = shown.valign ?? 'top';
  const top = box.y + (valign === 'top' ? 0 : valign === 'middle' ? (box.height - fitted.blockHeight) / 2 : box.height - fitted.blockHeight);
  const measure = measurer(weight);
  const fill = shown.colour === 'primary' ? textColourOnWhite(colour('primary')) : colour(shown.colour ?? '#000000');
  const direction = paragraphDirection(text);
  const ascent = fonts[weight].ascent / fonts[weight].unitsPerEm;
  doc.font(weight).fontSize(fitted.size).fillColor(fill);
  fitted.lines.forEach((line, i) => {
    const width = measure(line) * fitted.size;
    const align = shown.align ?? 'left';
    let x = box.x + (align === 'left' ? 0 : align === 'center' ? (box.width - width) / 2 : box.width - width);
    const runs = visualRuns(line, direction);
    if (runs.length === 1 && runs[0]!.family === 'latin' && runs[0]!.text === line) {
      doc.text(line, x, top + i * fitted.lineHeight, { lineBreak: false });
      return;
    }
    // Runs in other fonts share Noto Sans's baseline, whatever their own ascent.
    const baseline = top + i * fitted.lineHeight + ascent * fitted.size;
    for (const run of runs) {
      const name = fontName(run.family, weight);
      if (!canvas.registered.has(name)) {
        doc.registerFont(name, cardFont(run.family, weight));
        canvas.registered.add(name);
      }
      doc.font(name).fontSize(fitted.size);
      doc.text(run.text, x, baseline, { lineBreak: false, baseline: 'alphabetic', ...(run.features ? { features: { ...run.features } } : {}) } as PDFKit.Mixins.TextOptions);
      x += runWidth(run, weight) * fitted.size;
    }
    doc.font(weight);
  });
}

/** Advance width at 1 pt, shaped in the fonts that draw it, cached: the same strings (labels, branding) recur on every card of a sheet. */
const widthCache: Record<FontWeight, Map<string, number>> = { regular: new Map(), bold: new Map() };

export function measurer(weight: FontWeight): (text: string) => number {
  const cache = widthCache[weight];
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = 0;
      for (const run of visualRuns(text)) width += runWidth(run, weight);
      if (cache.size > 20_000) cache.clear();
      cache.set(text, width);
    }
    return width;
  };
}
