/**
 * Fitting a line of text into a box, in the order a name needs it: shrink
 * (down to `minSize`), then wrap (up to `maxLines`), then cut the end with an
 * ellipsis. Pure: widths come from `measure`, which gives the advance width
 * of a string at 1 pt.
 */
export type FitStyle = { size: number; minSize: number; maxLines: number };
/** Ascent and descent of the font, in ems (both positive). */
export type FontMetrics = { ascent: number; descent: number };
export type FittedText = {
  size: number;
  lines: string[];
  /** Distance between baselines, in points. */
  lineHeight: number;
  /** Height from the top of the first line to the bottom of the last, in points. */
  blockHeight: number;
  truncated: boolean;
};

export const LINE_SPACING = 1.2;
const SIZE_STEP = 0.5;
const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function fitText(
  text: string,
  box: { width: number; height: number },
  style: FitStyle,
  measure: (text: string) => number,
  metrics: FontMetrics,
): FittedText {
  const result = (size: number, lines: string[], truncated = false): FittedText => ({
    size,
    lines,
    lineHeight: size * LINE_SPACING,
    blockHeight: blockHeight(lines.length, size, metrics),
    truncated,
  });
  if (text === '') return result(style.size, []);
  const sizes = candidateSizes(style);
  const fitsHeight = (lines: number, size: number) => blockHeight(lines, size, metrics) <= box.height + 1e-9;
  const fitsWidth = (line: string, size: number) => measure(line) * size <= box.width + 1e-9;
  // A line break in the text (a bilingual label: Welsh above English) starts a new line; it never shares one.
  const paragraphs = text.split('\n');

  if (paragraphs.length === 1) {
    for (const size of sizes) {
      if (fitsHeight(1, size) && fitsWidth(text, size)) return result(size, [text]);
    }
  }
  const wrapAll = (width: number) => paragraphs.flatMap((paragraph) => wrap(paragraph, width, measure));
  if (style.maxLines >= 2) {
    for (const size of sizes) {
      const lines = wrapAll(box.width / size);
      if (lines.length <= style.maxLines && fitsHeight(lines.length, size)) return result(size, lines);
    }
  }
  const size = style.minSize;
  let room = style.maxLines;
  while (room > 1 && !fitsHeight(room, size)) room--;
  const lines = wrapAll(box.width / size);
  const kept = lines.slice(0, room - 1);
  const rest = lines.slice(room - 1).join(' ');
  kept.push(withEllipsis(rest, box.width / size, measure));
  return result(size, kept, true);
}

function candidateSizes({ size, minSize }: FitStyle): number[] {
  const sizes: number[] = [];
  for (let s = size; s > minSize; s -= SIZE_STEP) sizes.push(s);
  sizes.push(Math.min(size, minSize));
  return sizes;
}

function blockHeight(lines: number, size: number, { ascent, descent }: FontMetrics): number {
  return lines === 0 ? 0 : (ascent + descent) * size + (lines - 1) * size * LINE_SPACING;
}

/**
 * Greedy word wrap at `width` (in ems at 1 pt). Lines break at spaces and
 * after hyphens (double-barrelled names); a word wider than a line is broken
 * between graphemes.
 */
function wrap(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of breakOpportunities(text)) {
    const candidate = line ? line + piece.glue + piece.text : piece.text;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (measure(piece.text) <= width) {
      line = piece.text;
      continue;
    }
    for (const { segment } of graphemes.segment(piece.text)) {
      if (line && measure(line + segment) > width) {
        lines.push(line);
        line = '';
      }
      line += segment;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The text cut where a line may end: each piece with what joins it to the one before (' ' or nothing). */
function breakOpportunities(text: string): { text: string; glue: string }[] {
  const pieces: { text: string; glue: string }[] = [];
  for (const word of text.split(' ').filter(Boolean)) {
    word.split(/(?<=-)(?=.)/u).forEach((part, i) => pieces.push({ text: part, glue: i === 0 ? ' ' : '' }));
  }
  return pieces;
}

/** The longest start of `text` (whole graphemes) that fits with an ellipsis after it. */
function withEllipsis(text: string, width: number, measure: (text: string) => number): string {
  const parts = [...graphemes.segment(text)].map((s) => s.segment);
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(parts.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= width) low = mid;
    else high = mid - 1;
  }
  return parts.slice(0, low).join('').trimEnd() + ELLIPSIS;
}
