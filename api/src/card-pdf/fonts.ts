import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/**
 * The card fonts: the Noto families (SIL Open Font License, embedding
 * allowed), regular and bold. Noto Sans draws Latin with every European
 * diacritic, Greek and Cyrillic, and every label; the other families draw
 * names in their scripts. Parsing a font costs 10 to 40 ms, so each is parsed
 * only when a text first needs it, then once per process: the same object
 * serves every PDF (pdfkit embeds a subset per document).
 */
export type CardFonts = { regular: fontkit.Font; bold: fontkit.Font };
export type FontWeight = keyof CardFonts;

export const FONT_FAMILIES = ['latin', 'arabic', 'hebrew', 'devanagari', 'gurmukhi', 'bengali', 'chinese'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];

const require = createRequire(import.meta.url);
const file = (pkg: string, name: string): Record<FontWeight, string> => ({
  regular: `@expo-google-fonts/${pkg}/400Regular/${name}_400Regular.ttf`,
  bold: `@expo-google-fonts/${pkg}/700Bold/${name}_700Bold.ttf`,
});
const FONT_FILES: Record<FontFamily, Record<FontWeight, string>> = {
  latin: file('noto-sans', 'NotoSans'),
  arabic: file('noto-sans-arabic', 'NotoSansArabic'),
  hebrew: file('noto-sans-hebrew', 'NotoSansHebrew'),
  devanagari: file('noto-sans-devanagari', 'NotoSansDevanagari'),
  gurmukhi: file('noto-sans-gurmukhi', 'NotoSansGurmukhi'),
  bengali: file('noto-sans-bengali', 'NotoSansBengali'),
  // Simplified Chinese; its Han glyphs also cover most Japanese kanji and Traditional forms of common names.
  chinese: file('noto-sans-sc', 'NotoSansSC'),
};

/**
 * Which family a script's letters go to, whatever Noto Sans also has (it has
 * Devanagari, but the script's own family shapes it as its readers expect).
 * Letters of other scripts, and characters of no script (digits, spaces,
 * punctuation), go down FONT_FAMILIES in order to the first that has them.
 */
const SCRIPT_FAMILY: [RegExp, FontFamily][] = [
  [/[\p{Script=Arabic}]/u, 'arabic'],
  [/[\p{Script=Hebrew}]/u, 'hebrew'],
  [/[\p{Script=Devanagari}]/u, 'devanagari'],
  [/[\p{Script=Gurmukhi}]/u, 'gurmukhi'],
  [/[\p{Script=Bengali}]/u, 'bengali'],
  [/[\p{Script=Han}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u, 'chinese'],
];

const loaded = new Map<string, fontkit.Font>();

export function cardFont(family: FontFamily, weight: FontWeight): fontkit.Font {
  const key = `${family}-${weight}`;
  let font = loaded.get(key);
  if (!font) {
    font = fontkit.create(readFileSync(require.resolve(FONT_FILES[family][weight])));
    loaded.set(key, font);
  }
  return font;
}

/** Every font parsed so far (for clearing their glyph caches). */
export function loadedFonts(): Iterable<fontkit.Font> {
  return loaded.values();
}

/** The name pdfkit knows a family's weight by ('regular' and 'bold' for Noto Sans, as before). */
export const fontName = (family: FontFamily, weight: FontWeight): string => (family === 'latin' ? weight : `${family}-${weight}`);

/** Noto Sans, the font of every label: what line heights and template checks are measured with. */
export function cardFonts(): CardFonts {
  return { regular: cardFont('latin', 'regular'), bold: cardFont('latin', 'bold') };
}

/** The family a script gives this character, if its script has one. */
export function scriptFamily(ch: string): FontFamily | undefined {
  for (const [pattern, family] of SCRIPT_FAMILY) if (pattern.test(ch)) return family;
  return undefined;
}

/** Whether a family draws every character of `text` in both weights (a name prints in either). */
export function familyDraws(family: FontFamily, text: string): boolean {
  const regular = cardFont(family, 'regular');
  const bold = cardFont(family, 'bold');
  for (const ch of text) {
    const codePoint = ch.codePointAt(0)!;
    if (!regular.hasGlyphForCodePoint(codePoint) || !bold.hasGlyphForCodePoint(codePoint)) return false;
  }
  return true;
}

/** The family that draws this character (or grapheme): its script's own, else the first in the chain that has it. */
export function familyFor(text: string): FontFamily | undefined {
  const own = scriptFamily(text);
  if (own && familyDraws(own, text)) return own;
  if (familyDraws('latin', text)) return 'latin';
  return FONT_FAMILIES.find((family) => family !== 'latin' && family !== own && familyDraws(family, text));
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The distinct characters of `text` that no card font can draw (they would
 * print as empty boxes: emoji, control characters, scripts no shipped font
 * covers). Spaces never count. Empty means printable. A grapheme is judged
 * whole, so a combining mark counts against the font of its letter.
 */
export function unprintableCharacters(text: string): string[] {
  const missing = new Set<string>();
  for (const { segment } of graphemes.segment(text)) {
    if (/^\s+$/u.test(segment)) continue;
    if (familyFor(segment)) continue;
    for (const ch of segment) if (!familyFor(ch)) missing.add(ch);
    if (missing.size === 0) missing.add(segment);
  }
  return [...missing];
}
