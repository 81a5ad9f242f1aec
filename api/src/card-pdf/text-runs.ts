import bidiFactory from 'bidi-js';
import { cardFont, familyDraws, familyFor, scriptFamily, type FontFamily, type FontWeight } from './fonts.ts';

/**
 * A line of text as the card draws it: pieces in one font and one direction,
 * in visual order (left to right on the card). Each piece goes to fontkit's
 * layout whole, so Arabic letters join, Indic conjuncts form and marks sit on
 * their letters; fontkit itself reverses a right-to-left script's glyphs.
 */
export type TextRun = {
  text: string;
  family: FontFamily;
  /** Set when fontkit's shaping of this font and text throws (a known fontkit fault with some mark positioning). */
  features?: Record<string, boolean>;
};

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/** Text that is Noto Sans and left to right throughout: most names and every English label. */
const PLAIN = /^[\x20-\x7e\u00a0-\u024f\u2018-\u201d\u2026]*$/;
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
/** Characters of no script of their own: they take the font of the letters around them. */
const NEUTRAL = /^[\p{Script=Common}\p{Script=Inherited}]+$/u;
const PUNCTUATION = /^[\p{P}\p{S}\p{Z}]+$/u;

/** Logical runs of one font: each grapheme in its script's family; neutral ones stay with the run before when its font has them. */
function fontRuns(text: string): { text: string; family: FontFamily; start: number }[] {
  const runs: { text: string; family: FontFamily; start: number }[] = [];
  for (const { segment, index } of graphemes.segment(text)) {
    const last = runs[runs.length - 1];
    const family = last && NEUTRAL.test(segment) && !scriptFamily(segment) && familyDraws(last.family, segment) ? last.family : (familyFor(segment) ?? 'latin');
    if (last && last.family === family) last.text += segment;
    else runs.push({ text: segment, family, start: index });
  }
  return runs;
}

/**
 * The runs of one line in visual order. `direction` is the paragraph's (of
 * the whole text the line came from): a name that starts in Arabic reads
 * from the right even when a line of it is in Latin letters.
 */
export function visualRuns(line: string, direction: 'ltr' | 'rtl' = paragraphDirection(line)): TextRun[] {
  if (PLAIN.test(line) && direction === 'ltr') return [{ text: line, family: 'latin' }];
  const { levels } = bidi.getEmbeddingLevels(line, direction);
  // Split the font runs again wherever the embedding level changes.
  const pieces: { text: string; family: FontFamily; level: number }[] = [];
  for (const run of fontRuns(line)) {
    let at = run.start;
    for (const { segment } of graphemes.segment(run.text)) {
      const level = levels[at]!;
      const last = pieces[pieces.length - 1];
      // In right-to-left text, punctuation and spaces stand alone, so they are mirrored and placed by the bidi rules rather than by fontkit.
      const alone = level % 2 === 1 && (PUNCTUATION.test(segment) || (last !== undefined && PUNCTUATION.test(last.text)));
      if (last && last.family === run.family && last.level === level && at !== run.start && !alone) last.text += segment;
      else pieces.push({ text: segment, family: run.family, level });
      at += segment.length;
    }
  }
  // UAX #9 rule L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above.
  const highest = Math.max(...pieces.map((p) => p.level));
  const lowestOdd = Math.min(...pieces.map((p) => p.level).filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd && level > 0; level--) {
    let i = 0;
    while (i < pieces.length) {
      if (pieces[i]!.level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < pieces.length && pieces[j]!.level >= level) j++;
      pieces.splice(i, j - i, ...pieces.slice(i, j).reverse());
      i = j;
    }
  }
  return pieces.map((piece) => {
    // fontkit reverses an Arabic or Hebrew piece itself; a right-to-left piece of neutral characters is reversed (and mirrored: "(" for ")") here.
    const text = piece.level % 2 === 1 && !RIGHT_TO_LEFT.test(piece.text)
      ? [...graphemes.segment(piece.text)].map((s) => bidi.getMirroredCharacter(s.segment) ?? s.segment).reverse().join('')
      : piece.text;
    return shapeable({ text, family: piece.family });
  });
}

/** 'rtl' when the first strong character of `text` is right to left (UAX #9 rules P2 and P3). */
export function paragraphDirection(text: string): 'ltr' | 'rtl' {
  if (PLAIN.test(text)) return 'ltr';
  return bidi.getEmbeddingLevels(text).paragraphs[0]?.level === 1 ? 'rtl' : 'ltr';
}

const FALLBACK_FEATURES: Record<string, boolean>[] = [{ abvm: false }, { abvm: false, blwm: false, mark: false, mkmk: false }];
const workingFeatures = new Map<string, Record<string, boolean> | undefined>();

/**
 * fontkit 2.0.4 throws on some mark attachments (Noto Sans Gurmukhi's
 * above-base marks in "ਪ੍ਰ"). Such a run is laid out with the failing mark
 * positioning turned off rather than not at all.
 */
function shapeable(run: TextRun): TextRun {
  if (run.family === 'latin') return run;
  const key = `${run.family}\u0000${run.text}`;
  if (!workingFeatures.has(key)) {
    let chosen: Record<string, boolean> | undefined;
    for (const features of [undefined, ...FALLBACK_FEATURES]) {
      try {
        for (const weight of ['regular', 'bold'] as FontWeight[]) cardFont(run.family, weight).layout(run.text, features && { ...features });
        chosen = features;
        break;
      } catch {
        chosen = FALLBACK_FEATURES[FALLBACK_FEATURES.length - 1];
      }
    }
    if (workingFeatures.size > 20_000) workingFeatures.clear();
    workingFeatures.set(key, chosen);
  }
  const features = workingFeatures.get(key);
  return features ? { ...run, features } : run;
}

/** Advance width of a run at 1 pt, shaped. */
export function runWidth(run: TextRun, weight: FontWeight): number {
  const font = cardFont(run.family, weight);
  return font.layout(run.text, run.features && { ...run.features }).advanceWidth / font.unitsPerEm;
}
