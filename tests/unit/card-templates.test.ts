import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cardContentOf, readableOn, textColourOnWhite } from '../../api/src/card-pdf/draw-card-face.ts';
import { renderCardPdf } from '../../api/src/card-pdf/render-card-pdf.ts';
import { sheetCells } from '../../api/src/card-pdf/render-print-sheet.ts';
import { sampleSource } from '../../api/src/templates/fields.ts';
import { loadTemplates, parseTemplate, TemplateError } from '../../api/src/templates/load-templates.ts';
import { renderTemplatePreview } from '../../api/src/templates/template-preview.ts';
import { MM, pdfPages, qpdfCheck } from '../support/pdf-tools.ts';

const TEMPLATES_DIR = fileURLToPath(new URL('../../templates', import.meta.url));
const branding = {
  organisationName: 'Northshire Young Carers', helpline: '0800 123 4567', returnAddress: '1 High Street, Townsville',
  youngCarerWording: 'Young Carer', benefitsLine: 'Offers at partner shops', primaryColour: '#1d4f91', logo: null,
};

describe('the templates in templates/', () => {
  const set = loadTemplates(TEMPLATES_DIR);
  const files = readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.json'));

  it('all validate, and include the standard card, a large-print card and the A4 sheet', () => {
    expect(set.cards.size + set.sheets.size).toBe(files.length);
    expect([...set.cards.keys()]).toEqual(expect.arrayContaining(['standard', 'large-print']));
    expect(set.cards.get('large-print')!.largePrint).toBe(true);
    expect(set.sheets.has('a4-sheet')).toBe(true);
  });

  it.each(files.map((f) => f.replace(/\.json$/, '')))('%s renders with sample data: right page count and size, a sound file', async (id) => {
    const pdf = await renderTemplatePreview(set, id, branding, 'https://cards.example-charity.org');
    qpdfCheck(pdf);
    const { count, sizes } = pdfPages(pdf);
    expect(count).toBe(2);
    const expected = set.cards.has(id) ? { width: 85.6 * MM, height: 54 * MM } : { width: 210 * MM, height: 297 * MM };
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(expected.width, 1);
      expect(size.height).toBeCloseTo(expected.height, 1);
    }
  });

  it('the A4 sheet holds 10 cards inside the page, with room for crop marks', () => {
    const sheet = set.sheets.get('a4-sheet')!;
    const cells = sheetCells(sheet);
    expect(cells).toHaveLength(10);
    const marks = sheet.cropMarks.offset + sheet.cropMarks.length;
    for (const cell of cells) {
      expect(cell.x).toBeGreaterThanOrEqual(marks);
      expect(cell.y).toBeGreaterThanOrEqual(marks);
      expect(cell.x + 85.6).toBeLessThanOrEqual(210 - marks);
      expect(cell.y + 54).toBeLessThanOrEqual(297 - marks);
    }
  });

  it('a card renders the same with a photo and a logo (images are cropped into their frames)', async () => {
    const sharp = (await import('sharp')).default;
    const photo = await sharp({ create: { width: 900, height: 300, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    const logo = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#ffffff' } }).png().toBuffer();
    const source = { ...sampleSource({ ...branding, logo }, 'https://x.test'), photo };
    const pdf = await renderCardPdf(set.cards.get('standard')!, cardContentOf(source), { organisationName: 'x' });
    expect(pdfPages(pdf).count).toBe(2);
    expect(pdf.toString('latin1').match(/\/Subtype \/Image/g)).toHaveLength(2);
  });
});

describe('a template that is wrong is refused with a message naming the field', () => {
  const standard = JSON.parse(readFileSync(path.join(TEMPLATES_DIR, 'standard.json'), 'utf8'));
  const broken = (change: (t: typeof standard) => void) => {
    const copy = structuredClone(standard);
    change(copy);
    return JSON.stringify(copy);
  };
  it.each([
    ['not JSON', '{ "id": ', /standard\.json: \(file\) is not valid JSON/],
    ['a text size that is not a number', broken((t) => { t.front.elements[2].size = 'big'; }), /\/front\/elements\/2\/size/],
    ['an unknown element type', broken((t) => { t.back.elements[0].type = 'barcode'; }), /\/back\/elements\/0\/type must be one of text, image, qr, rect, line/],
    ['an unknown field', broken((t) => { t.front.elements[5].content = '{surname}'; }), /\/front\/elements\/5\/content names an unknown field \{surname\}/],
    ['an element off the card', broken((t) => { t.front.elements[3].x = 70; }), /\/front\/elements\/3 goes off the card/],
    ['a QR code too small to scan', broken((t) => { t.back.elements[0].size = 15; }), /\/back\/elements\/0\/size must be at least 23\.1 mm/],
    ['a text box too short for its smallest size', broken((t) => { t.front.elements[5].height = 3; }), /\/front\/elements\/5\/height is too small/],
    ['a colour that is not a colour', broken((t) => { t.front.elements[0].fill = 'blue'; }), /\/front\/elements\/0\/fill/],
    ['an extra property', broken((t) => { t.front.elements[0].opacity = 0.5; }), /\/front\/elements\/0\/opacity is not a property this element has/],
    ['an id that is not the file name', broken((t) => { t.id = 'other'; }), /\/id must be "standard"/],
    [
      'a card-number box too narrow for the widest card number',
      broken((t) => { Object.assign(t.front.elements[7], { width: 35 }); }),
      /\/front\/elements\/7\/width is too narrow for "YC-WWWW-WWWW-WWWWW", the widest this can print: it needs 46\.9 mm at 9 pt/,
    ],
    [
      'an expiry box too narrow for the widest date',
      broken((t) => { Object.assign(t.front.elements[8], { width: 30 }); }),
      /\/front\/elements\/8\/width is too narrow for "Valid until 28 \w{3,4} 2030"/,
    ],
  ])('%s', (_what, text, message) => {
    expect(() => parseTemplate('standard.json', text)).toThrow(TemplateError);
    expect(() => parseTemplate('standard.json', text)).toThrow(message);
  });
});

describe('brand colours stay readable', () => {
  it.each([
    ['#1d4f91', '#ffffff', '#1d4f91'],
    ['#0b6e4f', '#ffffff', '#0b6e4f'],
    ['#ffd700', '#000000', '#111111'],
    ['#f5f5f5', '#000000', '#111111'],
  ])('%s: text on it is %s, text in it on white is %s', (brand, onBrand, onWhite) => {
    expect(readableOn(brand)).toBe(onBrand);
    expect(textColourOnWhite(brand)).toBe(onWhite);
  });
});
