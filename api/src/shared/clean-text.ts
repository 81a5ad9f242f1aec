/**
 * Cleaning of names and other text typed by staff. Names are printed on
 * cards and shown to partners, so they must read the same everywhere: no
 * bidi overrides or isolates (which can make "Ann" render as something else),
 * no zero-width or control characters, one space between words, NFC.
 */

/**
 * Control, format (bidi controls, zero-width, soft hyphen, BOM), lone surrogates,
 * private use, every other character Unicode says to draw as nothing (the
 * combining grapheme joiner U+034F, Hangul fillers, variation selectors), and
 * the marks of text that was lost on the way: U+FFFD and U+FFFC, and noncharacters.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\uFFFC\uFFFD]/gu;
/** Bidi embeddings, overrides and isolates: never wanted, even in free text. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

/** Marks of text lost on the way (and never wanted in free text either): U+FFFD, U+FFFC and noncharacters. */
const LOST_TEXT = /[\p{Noncharacter_Code_Point}\uFFFC\uFFFD]/gu;

/** A one-line name or reference, cleaned; may come back empty. */
export function cleanName(value: string): string {
  return value
    .replace(/\p{White_Space}+/gu, ' ')
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Free text (notes): keeps line breaks and tabs, drops other control characters and bidi controls. */
export function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\p{Cc}\p{Cs}]/gu, (ch) => (ch === '\n' || ch === '\t' ? ch : ''))
    .replace(BIDI_CONTROLS, '')
    .replace(LOST_TEXT, '')
    .normalize('NFC')
    .trim();
}
