import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

/**
 * The card font: Noto Sans (SIL Open Font License, embedding allowed),
 * regular and bold. It draws Latin with every European diacritic, Greek and
 * Cyrillic. Parsing a font costs ~35 ms, so each is parsed once per process
 * and the same object serves every PDF (pdfkit embeds a subset per document).
 */
export type CardFonts = { regular: fontkit.Font; bold: fontkit.Font };
export type FontWeight = keyof CardFonts;

const require = createRequire(import.meta.url);
const FONT_FILES: Record<FontWeight, string> = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
};

let loaded: CardFonts | undefined;

export function cardFonts(): CardFonts {
  loaded ??= {
    regular: fontkit.create(readFileSync(require.resolve(FONT_FILES.regular))),
    bold: fontkit.create(readFileSync(require.resolve(FONT_FILES.bold))),
  };
  return loaded;
}

/**
 * The distinct characters of `text` that the card font cannot draw (they
 * would print as empty boxes). Spaces never count. Empty means printable.
 */
export function unprintableCharacters(text: string): string[] {
  const { regular, bold } = cardFonts();
  const missing = new Set<string>();
  for (const ch of text) {
    const codePoint = ch.codePointAt(0)!;
    if (/\s/u.test(ch)) continue;
    if (!regular.hasGlyphForCodePoint(codePoint) || !bold.hasGlyphForCodePoint(codePoint)) missing.add(ch);
  }
  return [...missing];
}
