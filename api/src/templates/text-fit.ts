import { elementFor, layoutTextElement, measurer, textPiece, type CardContent } from '../card-pdf/draw-card-face.ts';
import { cardFonts, unprintableCharacters } from '../card-pdf/fonts.ts';
import { PT_PER_MM } from '../card-pdf/units.ts';
import type { CardLanguage } from '../shared/languages.ts';
import type { CardLabels, LabelLanguage } from './card-labels.ts';
import { BILINGUAL_LAYOUTS, sampleValues, TEXT_FIELDS, textValues, type BilingualLayout, type BrandingText, type CardSource, type TextField } from './fields.ts';
import type { CardTemplate, TextElement } from './schemas.ts';

/**
 * Whether text prints whole. A holder's name may shrink, wrap and, at worst,
 * end with "…"; a card number, a date, a label or the charity's helpline must
 * never be cut short. Templates are checked against every language's labels
 * and the widest value each fixed-format field can take (at load), and
 * branding against every card template in every card language (when an admin
 * changes it).
 */

type FieldSpec = { sample: string; widest?: (measure: (text: string) => number, language: LabelLanguage) => string };
const specs = TEXT_FIELDS as Record<TextField, FieldSpec>;
const PLACEHOLDER = /\{(\w+)\}/g;

export function fieldsIn(content: string): TextField[] {
  return [...content.matchAll(PLACEHOLDER)].map((match) => match[1] as TextField);
}

/** The fields an element prints, in any language. */
function elementFields(element: TextElement, labels: CardLabels): TextField[] {
  if (element.label === undefined) return fieldsIn(element.content ?? '');
  return [...new Set([...fieldsIn(labels.en[element.label] ?? ''), ...fieldsIn(labels.cy[element.label] ?? '')])];
}

/** A way a card can be printed: its language and, for a bilingual card, the layout. */
export type CardLanguageMode = { language: CardLanguage; bilingualLayout: BilingualLayout };
export const CARD_LANGUAGE_MODES: CardLanguageMode[] = [
  { language: 'en', bilingualLayout: 'welsh_first' },
  { language: 'cy', bilingualLayout: 'welsh_first' },
  ...BILINGUAL_LAYOUTS.map((bilingualLayout) => ({ language: 'bilingual' as const, bilingualLayout })),
];
const modeName = ({ language, bilingualLayout }: CardLanguageMode) =>
  language === 'en' ? 'English' : language === 'cy' ? 'Welsh' : `bilingual (${bilingualLayout === 'welsh_first' ? 'Welsh first' : 'side by side'})`;

/** The element's text when it would be cut short on this card, with the mm it needs (on one line) at its smallest size and the mm it has. */
function cutShort(element: TextElement, content: Pick<CardContent, 'text' | 'labels' | 'language' | 'bilingualLayout'>): { text: string; needs: number; has: number } | undefined {
  const shown = elementFor(element, content.language);
  const text = textPiece(shown, content);
  if (!text || !layoutTextElement(cardFonts(), shown, text).truncated) return undefined;
  const measure = measurer(shown.weight ?? 'regular');
  const widest = Math.max(...text.split('\n').map((part) => measure(shown.uppercase ? part.toUpperCase() : part)));
  return { text: text.replace('\n', ' | '), needs: (widest * (shown.minSize ?? shown.size)) / PT_PER_MM, has: shown.width };
}

/** Field values for load checks: fixed-format fields at their widest in each language, the others at their samples. */
function checkValues(element: TextElement): Record<LabelLanguage, Record<TextField, string>> {
  const base = measurer(element.weight ?? 'regular');
  const measure = (text: string) => base(element.uppercase ? text.toUpperCase() : text);
  const values = (language: LabelLanguage) => {
    const out = sampleValues(language);
    for (const [field, spec] of Object.entries(specs) as [TextField, FieldSpec][]) if (spec.widest) out[field] = spec.widest(measure, language);
    return out;
  };
  return { en: values('en'), cy: values('cy') };
}

/**
 * For a text element with a label, or made only of literal text and
 * fixed-format fields (card number, expiry): a message when, in some card
 * language, it would not print whole at its smallest size (labels as
 * translated, fixed fields at their widest, other fields at their samples).
 * Other elements (a name, the organisation's name alone) pass: they are
 * judged when the values are entered.
 */
export function textFitProblem(element: TextElement, labels: CardLabels): string | undefined {
  const fields = elementFields(element, labels);
  if (element.label === undefined && fields.some((field) => !specs[field].widest)) return undefined;
  const text = checkValues(element);
  for (const mode of CARD_LANGUAGE_MODES) {
    const short = cutShort(element, { text, labels, ...mode });
    if (!short) continue;
    const on = mode.language === 'en' ? '' : ` on ${modeName(mode)} cards${element.label !== undefined ? ` (label "${element.label}")` : ''}`;
    const minSize = elementFor(element, mode.language).minSize ?? elementFor(element, mode.language).size;
    return `is too narrow for "${short.text}"${on}, the widest this can print: it needs ${short.needs.toFixed(1)} mm at ${minSize} pt and has ${short.has.toFixed(1)} mm`;
  }
  return undefined;
}

export type BrandingFitProblem = { field: keyof BrandingText | 'bilingualLayout'; message: string };
/** The branding settings a card prints, with the layout a bilingual card uses. */
export type PrintedBrandingText = BrandingText & { bilingualLayout?: BilingualLayout };

const WELSH_OF: Partial<Record<keyof BrandingText, TextField>> = {
  organisationNameCy: 'organisationName',
  returnAddressCy: 'returnAddress',
  youngCarerWordingCy: 'youngCarerWording',
  benefitsLineCy: 'benefitsLine',
};
/** The card field a branding setting fills ("organisationNameCy" fills {organisationName} in Welsh). */
const fieldOf = (setting: string): TextField | undefined => WELSH_OF[setting as keyof BrandingText] ?? (Object.hasOwn(specs, setting) ? (setting as TextField) : undefined);

/**
 * The first of `changed` branding values that cannot print whole on some
 * card template in some card language (or that no card font can draw), with
 * a message for the admin. Unchanged values are not judged, so an old value
 * never blocks a fix. A changed bilingual layout judges every element on a
 * bilingual card in that layout.
 */
export function brandingFitProblem(
  templates: Iterable<CardTemplate>,
  branding: PrintedBrandingText,
  changed: ReadonlySet<string>,
  labels: CardLabels,
): BrandingFitProblem | undefined {
  for (const [field, value] of Object.entries(branding) as [keyof BrandingText, string][]) {
    if (!changed.has(field) || field === ('bilingualLayout' as string) || typeof value !== 'string') continue;
    const missing = unprintableCharacters(value);
    if (missing.length > 0) {
      return { field, message: `The card fonts cannot print ${missing.map((ch) => `"${ch}"`).join(', ')}. Use letters rather than symbols or emoji.` };
    }
  }
  const source: CardSource = {
    name: specs.name.sample,
    cardNumber: specs.cardNumber.sample,
    expiresOn: '2027-11-30',
    verifyUrl: '',
    photo: null,
    branding: { ...branding, primaryColour: '#000000', logo: null },
  };
  const text = { en: textValues(source, 'en'), cy: textValues(source, 'cy') };
  const layoutChanged = changed.has('bilingualLayout');
  const modes = CARD_LANGUAGE_MODES.filter((mode) => mode.language !== 'bilingual' || mode.bilingualLayout === (branding.bilingualLayout ?? 'welsh_first'));
  for (const template of templates) {
    for (const element of [...template.front.elements, ...template.back.elements]) {
      if (element.type !== 'text') continue;
      const fields = elementFields(element, labels);
      const bilingualOnly = layoutChanged && (element.label !== undefined || fields.some((field) => field !== 'name' && !specs[field].widest));
      const setting = [...changed].find((key) => fields.includes(fieldOf(key)!)) ?? (bilingualOnly ? 'bilingualLayout' : undefined);
      if (!setting) continue;
      for (const mode of modes) {
        if (setting === 'bilingualLayout' && mode.language !== 'bilingual') continue;
        const short = cutShort(element, { text, labels, ...mode });
        if (!short) continue;
        const on = mode.language === 'en' ? '' : ` ${modeName(mode)}`;
        return {
          field: setting as BrandingFitProblem['field'],
          message: `Too long to print on the "${template.name}"${on} card: "${short.text}" would be cut short. Make it shorter.`,
        };
      }
    }
  }
  return undefined;
}
