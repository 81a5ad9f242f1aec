import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Compile } from 'typebox/compile';
import { cardFonts } from '../card-pdf/fonts.ts';
import { MIN_MODULE_MM, QUIET_ZONE_MODULES } from '../card-pdf/qr-vector.ts';
import { CARD_HEIGHT_MM, CARD_WIDTH_MM } from '../card-pdf/units.ts';
import { bundledCardLabels, LabelError, loadCardLabels, type CardLabels } from './card-labels.ts';
import { isTextField } from './fields.ts';
import { textFitProblem } from './text-fit.ts';
import {
  CardTemplate, ImageElement, LineElement, QrElement, RectElement, SheetTemplate, TextElement,
  type TemplateElement, type TemplateSummary,
} from './schemas.ts';

export const DEFAULT_CARD_TEMPLATE = 'standard';
export const DEFAULT_SHEET_TEMPLATE = 'a4-sheet';
/** The largest QR a verify URL makes (version 13: 69 modules, see MAX_VERIFY_URL_BYTES). */
const MAX_QR_MODULES = 69;

export class TemplateError extends Error {
  override name = 'TemplateError';
}

export type TemplateSet = {
  cards: ReadonlyMap<string, CardTemplate>;
  sheets: ReadonlyMap<string, SheetTemplate>;
  summaries: TemplateSummary[];
  /** The words cards print, by language (templates/labels). */
  labels: CardLabels;
};

const checkCard = Compile(CardTemplate);
const checkSheet = Compile(SheetTemplate);
const checkElement = {
  text: Compile(TextElement),
  image: Compile(ImageElement),
  qr: Compile(QrElement),
  rect: Compile(RectElement),
  line: Compile(LineElement),
};
type Checker = { Check(value: unknown): boolean; Errors(value: unknown): Iterable<{ instancePath: string; message: string }> };

/** The first thing wrong with `value`, its path prefixed by `at`; "schema is false" (an extra property) said plainly. */
function firstError(check: Checker, value: unknown, at = ''): { path: string; message: string } | undefined {
  if (check.Check(value)) return undefined;
  const [error] = check.Errors(value);
  if (!error) return { path: at, message: 'is not valid' };
  return { path: at + error.instancePath, message: error.message === 'schema is false' ? 'is not a property this element has' : error.message };
}

/**
 * Schema problems, element by element for cards, so the message names the
 * element's own field rather than every branch of a union.
 */
function schemaProblem(data: unknown): { path: string; message: string } | undefined {
  const kind = (data as { kind?: unknown } | null)?.kind;
  if (kind === 'sheet') return firstError(checkSheet, data);
  if (kind !== 'card') return { path: '/kind', message: 'must be "card" or "sheet"' };
  for (const side of ['front', 'back'] as const) {
    const elements = (data as Record<string, { elements?: unknown } | undefined>)[side]?.elements;
    if (!Array.isArray(elements)) continue;
    for (const [i, element] of elements.entries()) {
      const type = (element as { type?: unknown } | null)?.type;
      const check = typeof type === 'string' && Object.hasOwn(checkElement, type) ? checkElement[type as keyof typeof checkElement] : undefined;
      if (!check) return { path: `/${side}/elements/${i}/type`, message: `must be one of ${Object.keys(checkElement).join(', ')}` };
      const problem = firstError(check, element, `/${side}/elements/${i}`);
      if (problem) return problem;
    }
  }
  return firstError(checkCard, data);
}

/**
 * Reads every `*.json` in `dir` and checks it: the schema first, then what a
 * schema cannot say (placeholders name real fields, everything lies on the
 * card, text fits its box at its smallest size, a card number or a date
 * fits whole at its widest, every label fits in every card language (English,
 * Welsh, bilingual in either layout), QR modules stay ≥ 0.3 mm). The label
 * catalogues are `labels/<language>.json` beside the templates.
 * Throws TemplateError naming the file and the field at fault.
 */
export function loadTemplates(dir: string): TemplateSet {
  const cards = new Map<string, CardTemplate>();
  const sheets = new Map<string, SheetTemplate>();
  let labels: CardLabels;
  try {
    labels = loadCardLabels(path.join(dir, 'labels'));
  } catch (error) {
    if (error instanceof LabelError) throw new TemplateError(error.message);
    throw error;
  }
  const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  for (const file of files) {
    const template = parseTemplate(file, readFileSync(path.join(dir, file), 'utf8'), labels);
    if (template.kind === 'card') cards.set(template.id, template);
    else sheets.set(template.id, template);
  }
  if (!cards.has(DEFAULT_CARD_TEMPLATE)) throw new TemplateError(`${dir}: there is no "${DEFAULT_CARD_TEMPLATE}" card template`);
  if (!sheets.has(DEFAULT_SHEET_TEMPLATE)) throw new TemplateError(`${dir}: there is no "${DEFAULT_SHEET_TEMPLATE}" sheet template`);
  const summaries = [...cards.values(), ...sheets.values()].map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    kind: t.kind,
    largePrint: t.kind === 'card' && t.largePrint,
  }));
  return { cards, sheets, summaries, labels };
}

/** One template file's text, checked against the label catalogues. `file` names it in messages (its base name must be the template id). */
export function parseTemplate(file: string, text: string, labels: CardLabels = bundledCardLabels()): CardTemplate | SheetTemplate {
  const fail = (where: string, message: string) => new TemplateError(`templates/${file}: ${where} ${message}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw fail('(file)', `is not valid JSON (${(error as Error).message})`);
  }
  const problem = schemaProblem(data);
  if (problem) throw fail(problem.path || '(root)', problem.message);
  const template = data as CardTemplate | SheetTemplate;
  if (`${template.id}.json` !== file) throw fail('/id', `must be "${file.replace(/\.json$/, '')}" (the file name)`);
  if (template.kind === 'card') {
    (['front', 'back'] as const).forEach((side) =>
      template[side].elements.forEach((element, i) => {
        const problem = elementProblem(element, labels);
        if (problem) throw fail(`/${side}/elements/${i}${problem.field}`, problem.message);
      }),
    );
  } else {
    const gridWidth = template.columns * CARD_WIDTH_MM + (template.columns - 1) * template.gap.x;
    const gridHeight = template.rows * CARD_HEIGHT_MM + (template.rows - 1) * template.gap.y;
    const marks = template.cropMarks.offset + template.cropMarks.length;
    if ((template.page.width - gridWidth) / 2 < marks) throw fail('/columns', `leave no room for crop marks (${template.columns} cards across a ${template.page.width} mm page)`);
    if ((template.page.height - gridHeight) / 2 < marks) throw fail('/rows', `leave no room for crop marks (${template.rows} cards down a ${template.page.height} mm page)`);
  }
  return template;
}

function elementProblem(element: TemplateElement, labels: CardLabels): { field: string; message: string } | undefined {
  const outside = (x: number, y: number, width: number, height: number) =>
    x < 0 || y < 0 || x + width > CARD_WIDTH_MM + 1e-9 || y + height > CARD_HEIGHT_MM + 1e-9;
  switch (element.type) {
    case 'line':
      if ([element.x1, element.x2].some((x) => x < 0 || x > CARD_WIDTH_MM) || [element.y1, element.y2].some((y) => y < 0 || y > CARD_HEIGHT_MM)) {
        return { field: '', message: 'goes off the card (85.6 x 54 mm)' };
      }
      return undefined;
    case 'qr': {
      if (outside(element.x, element.y, element.size, element.size)) return { field: '', message: 'goes off the card (85.6 x 54 mm)' };
      const smallest = (MAX_QR_MODULES + 2 * QUIET_ZONE_MODULES) * MIN_MODULE_MM;
      if (element.size < smallest) return { field: '/size', message: `must be at least ${smallest.toFixed(1)} mm so each module is ${MIN_MODULE_MM} mm or more` };
      return undefined;
    }
    case 'text': {
      if (outside(element.x, element.y, element.width, element.height)) return { field: '', message: 'goes off the card (85.6 x 54 mm)' };
      if ((element.content === undefined) === (element.label === undefined)) return { field: '', message: 'must have either content or label (one of them)' };
      const bilingual = { ...element, ...element.bilingual };
      if (outside(bilingual.x, bilingual.y, bilingual.width, bilingual.height)) return { field: '/bilingual', message: 'goes off the card (85.6 x 54 mm)' };
      if ((bilingual.minSize ?? bilingual.size) > bilingual.size) return { field: '/bilingual/minSize', message: 'must not be larger than size' };
      if (element.label !== undefined && !Object.hasOwn(labels.en, element.label)) {
        return { field: '/label', message: `names a label that templates/labels/en.json does not have: "${element.label}"` };
      }
      for (const match of (element.content ?? '').matchAll(/\{(\w*)\}/g)) {
        if (!isTextField(match[1]!)) return { field: '/content', message: `names an unknown field {${match[1]}}` };
      }
      const minSize = element.minSize ?? element.size;
      if (minSize > element.size) return { field: '/minSize', message: 'must not be larger than size' };
      const font = cardFonts()[element.weight ?? 'regular'];
      const lineHeightMm = ((font.ascent - font.descent) / font.unitsPerEm) * minSize * (25.4 / 72);
      if (lineHeightMm > element.height + 1e-9) return { field: '/height', message: `is too small for one line at ${minSize} pt (needs ${lineHeightMm.toFixed(1)} mm)` };
      const cutShort = textFitProblem(element, labels);
      if (cutShort) return { field: '/width', message: cutShort };
      return undefined;
    }
    default:
      if (outside(element.x, element.y, element.width, element.height)) return { field: '', message: 'goes off the card (85.6 x 54 mm)' };
      return undefined;
  }
}
