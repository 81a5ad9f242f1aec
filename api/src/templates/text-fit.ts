import { layoutTextElement, resolveContent } from '../card-pdf/draw-card-face.ts';
import { cardFonts, unprintableCharacters } from '../card-pdf/fonts.ts';
import { PT_PER_MM } from '../card-pdf/units.ts';
import { TEXT_FIELDS, type BrandingText, type TextField } from './fields.ts';
import type { CardTemplate, TextElement } from './schemas.ts';

/**
 * Whether text prints whole. A holder's name may shrink, wrap and, at worst,
 * end with "…"; a card number, a date or the charity's helpline must never
 * be cut short. Templates are checked against the widest value each
 * fixed-format field can take (at load), and branding against every card
 * template (when an admin changes it).
 */

type FieldSpec = { sample: string; widest?: (measure: (text: string) => number) => string };
const specs = TEXT_FIELDS as Record<TextField, FieldSpec>;
const PLACEHOLDER = /\{(\w+)\}/g;

export function fieldsIn(content: string): TextField[] {
  return [...content.matchAll(PLACEHOLDER)].map((match) => match[1] as TextField);
}

function measurer(element: TextElement): (text: string) => number {
  const font = cardFonts()[element.weight ?? 'regular'];
  return (text) => font.layout(element.uppercase ? text.toUpperCase() : text).advanceWidth / font.unitsPerEm;
}

/**
 * For a text element made only of literal text and fixed-format fields
 * (card number, expiry): a message when their widest values would not fit
 * at the element's smallest size, else undefined. Other elements pass.
 */
export function fixedTextProblem(element: TextElement): string | undefined {
  const fields = fieldsIn(element.content);
  if (fields.length === 0 || fields.some((field) => !specs[field].widest)) return undefined;
  const measure = measurer(element);
  const values = {} as Record<TextField, string>;
  for (const field of fields) values[field] = specs[field].widest!(measure);
  const text = resolveContent(element.content, values);
  if (!layoutTextElement(cardFonts(), element, text).truncated) return undefined;
  const minSize = element.minSize ?? element.size;
  const needs = (measure(text) * minSize) / PT_PER_MM;
  return `is too narrow for "${text}", the widest this can print: it needs ${needs.toFixed(1)} mm at ${minSize} pt`;
}

export type BrandingFitProblem = { field: keyof BrandingText; message: string };

/**
 * The first of `changed` branding values that cannot print whole on some
 * card template (or that the card font cannot draw), with a message for the
 * admin. Unchanged values are not judged, so an old value never blocks a fix.
 */
export function brandingFitProblem(
  templates: Iterable<CardTemplate>,
  branding: BrandingText,
  changed: ReadonlySet<string>,
): BrandingFitProblem | undefined {
  for (const [field, value] of Object.entries(branding) as [keyof BrandingText, string][]) {
    if (!changed.has(field)) continue;
    const missing = unprintableCharacters(value);
    if (missing.length > 0) {
      return { field, message: `The card font cannot print ${missing.map((ch) => `"${ch}"`).join(', ')}. Use letters from European alphabets, Greek or Cyrillic.` };
    }
  }
  const values = {} as Record<TextField, string>;
  for (const [field, spec] of Object.entries(specs) as [TextField, FieldSpec][]) values[field] = spec.sample;
  Object.assign(values, branding);
  for (const template of templates) {
    for (const element of [...template.front.elements, ...template.back.elements]) {
      if (element.type !== 'text') continue;
      const field = fieldsIn(element.content).find((key): key is keyof BrandingText => changed.has(key) && Object.hasOwn(branding, key));
      if (!field) continue;
      const text = resolveContent(element.content, values);
      if (text && layoutTextElement(cardFonts(), element, text).truncated) {
        return { field, message: `Too long to print on the "${template.name}" card: "${text}" would be cut short. Make it shorter.` };
      }
    }
  }
  return undefined;
}
