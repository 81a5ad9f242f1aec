import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardContentOf, layoutTextElement, measurer } from '../../api/src/card-pdf/draw-card-face.ts';
import { cardFonts, unprintableCharacters } from '../../api/src/card-pdf/fonts.ts';
import { renderCardPdf } from '../../api/src/card-pdf/render-card-pdf.ts';
import { AppError } from '../../api/src/errors.ts';
import { cleanName } from '../../api/src/shared/clean-text.ts';
import { assertPrintableName } from '../../api/src/holders/printable-name.ts';
import { sampleSource } from '../../api/src/templates/fields.ts';
import { loadTemplates } from '../../api/src/templates/load-templates.ts';
import type { CardTemplate, TextElement } from '../../api/src/templates/schemas.ts';
import { MM, pdfPages, pdfWords } from '../support/pdf-tools.ts';

const set = loadTemplates(new URL('../../templates', import.meta.url).pathname);
const cards = [...set.cards.values()];
const fonts = cardFonts();
const branding = {
  organisationName: 'Northshire Young Carers', helpline: '0800 123 4567', returnAddress: '1 High Street',
  youngCarerWording: 'Young Carer', benefitsLine: 'Offers', primaryColour: '#1d4f91', logo: null,
};
const nameElement = (template: CardTemplate) =>
  template.front.elements.find((e): e is TextElement => e.type === 'text' && e.content === '{name}')!;
const renderWithName = (template: CardTemplate, name: string) =>
  renderCardPdf(template, cardContentOf({ ...sampleSource(branding, 'https://cards.example-charity.org'), name }), { organisationName: 'x' });
const withoutSpaces = (text: string) => text.replace(/ /g, '');
const baseLetters = (text: string) => withoutSpaces(text).normalize('NFD').replace(/\p{M}/gu, '');

/** Entry refuses it, or every card template lays it out inside the name box and renders one page per face. */
async function refusedOrFits(raw: string): Promise<void> {
  const name = cleanName(raw);
  if (!name) return; // Entry refuses an empty name (VALIDATION_FAILED; see holder-names tests).
  if (unprintableCharacters(name).length > 0) {
    let error: unknown;
    try {
      assertPrintableName({ givenName: name, preferredName: null }, { givenName: true, preferredName: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('NAME_NOT_PRINTABLE');
    expect((error as AppError).statusCode).toBe(400);
    return;
  }
  for (const template of cards) {
    const element = nameElement(template);
    const fitted = layoutTextElement(fonts, element, name);
    // Widths as drawn: each run shaped in the font that has its glyphs.
    const measure = measurer(element.weight ?? 'regular');
    expect(fitted.lines.length).toBeGreaterThan(0);
    expect(fitted.lines.length).toBeLessThanOrEqual(element.maxLines ?? 1);
    expect(fitted.size).toBeGreaterThanOrEqual(element.minSize ?? element.size);
    expect(fitted.blockHeight).toBeLessThanOrEqual(element.height * MM + 1e-6);
    for (const line of fitted.lines) {
      expect(measure(line) * fitted.size).toBeLessThanOrEqual(element.width * MM + 1e-6);
    }
    const shown = withoutSpaces(fitted.lines.join(''));
    if (fitted.truncated) {
      expect(shown.endsWith('…')).toBe(true);
      expect(withoutSpaces(name).startsWith(shown.slice(0, -1))).toBe(true);
    } else {
      expect(shown).toBe(withoutSpaces(name));
    }
    expect(pdfPages(await renderWithName(template, name)).count).toBe(2);
  }
}

const printable = [...'aąćęłńóśźżĂÂÎȘȚăâîșțÁÉÍÓÚáéíóúŴŶŵŷẞßÆæØøΑαΒβΓγΈέΏώДдЖжЩщЁёЇїҐґWMmw -\'.'];

describe('names on cards', () => {
  it('any generated name is either refused at entry or fits its box on one page per face', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          fc.string({ unit: 'binary', maxLength: 30 }),
          fc.array(fc.constantFrom(...printable), { minLength: 1, maxLength: 160 }).map((chars) => chars.join('')),
          fc.constantFrom('A', 'W'.repeat(300), 'Zoë 😀', '\u202EnhoJ', 'Anna\u200F\u200E', 'Mia\u0000\u0007', 'محمد', '李小龙', 'שרה', 'Nguyễn Thị'),
        ),
        refusedOrFits,
      ),
      { numRuns: 120 },
    );
  });

  it.each([
    'A',
    'Zofia',
    'Maximilian-Alexander Wolfeschlegelsteinhausenbergerdorff',
    'Αλέξανδρος-Παναγιώτης Παπαδόπουλος',
    'Дмитрий Александрович Константинопольский',
    'Nguyễn Thị Minh Khai',
    'Siobhán Ní Bhriain',
    'Ștefan-Țărănescu Brâncoveanu',
    'Ŵyn ap Rhys',
    'W'.repeat(200),
    '\u200FAnna\u200E Kowalska',
  ])('%s: every word the PDF draws lies inside the name box', async (raw) => {
    const name = cleanName(raw);
    for (const template of cards) {
      const element = nameElement(template);
      // Only the name on the front, so every word on the page is part of it.
      const nameOnly: CardTemplate = { ...template, front: { elements: [element] } };
      const pdf = await renderWithName(nameOnly, name);
      expect(pdfPages(pdf).count).toBe(2);
      const words = pdfWords(pdf, 1);
      expect(words.length).toBeGreaterThan(0);
      const box = { left: element.x * MM, top: element.y * MM, right: (element.x + element.width) * MM, bottom: (element.y + element.height) * MM };
      for (const word of words) {
        expect(word.xMin).toBeGreaterThanOrEqual(box.left - 0.5);
        expect(word.xMax).toBeLessThanOrEqual(box.right + 0.5);
        expect(word.yMin).toBeGreaterThanOrEqual(box.top - 0.5);
        expect(word.yMax).toBeLessThanOrEqual(box.bottom + 0.5);
      }
      // The text layer says what was drawn. pdfkit maps a glyph the font composes from a letter and a
      // mark (Vietnamese "ị") to the letter alone, so compare letters without their marks.
      const fitted = layoutTextElement(fonts, element, name);
      expect(baseLetters(words.map((w) => w.text).join(''))).toBe(baseLetters(fitted.lines.join('')));
    }
  });

  it.each([
    'مريم',
    'فاطمة الزهراء بنت محمد عبد الرحمن الهاشمي',
    'नीलकण्ठ अनन्या',
    'ਹਰਪ੍ਰੀਤ ਕੌਰ',
    'সুমাইয়া',
    'נועה',
    '王芳',
    'Maryam مريم 王芳',
  ])('%s (another script): accepted, and every word the PDF draws lies inside the name box', async (name) => {
    expect(unprintableCharacters(name)).toEqual([]);
    for (const template of cards) {
      const element = nameElement(template);
      const pdf = await renderWithName({ ...template, front: { elements: [element] } }, name);
      const words = pdfWords(pdf, 1);
      expect(words.length).toBeGreaterThan(0);
      // pdftotext's word boxes take each font's declared ascent and descent, which for Noto Sans Arabic
      // and SC are taller than their letters: across, the box must hold; down, each word's middle.
      for (const word of words) {
        expect(word.xMin).toBeGreaterThanOrEqual(element.x * MM - 0.5);
        expect(word.xMax).toBeLessThanOrEqual((element.x + element.width) * MM + 0.5);
        expect((word.yMin + word.yMax) / 2).toBeGreaterThanOrEqual(element.y * MM);
        expect((word.yMin + word.yMax) / 2).toBeLessThanOrEqual((element.y + element.height) * MM);
      }
    }
  });

  it('emoji and symbols no card font has are still refused', () => {
    expect(unprintableCharacters('Zoë 😀')).toEqual(['😀']);
    expect(() => assertPrintableName({ givenName: 'Mia 🦄', preferredName: null }, { givenName: true, preferredName: false })).toThrow(AppError);
  });
});
