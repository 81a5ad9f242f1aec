import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cardContentOf, elementFor, textPiece } from '../../api/src/card-pdf/draw-card-face.ts';
import { loadCardLabels, LabelError, type CardLabels } from '../../api/src/templates/card-labels.ts';
import { sampleSource } from '../../api/src/templates/fields.ts';
import { loadTemplates, parseTemplate, TemplateError } from '../../api/src/templates/load-templates.ts';
import type { TextElement } from '../../api/src/templates/schemas.ts';

const TEMPLATES_DIR = fileURLToPath(new URL('../../templates', import.meta.url));
const labels = loadCardLabels(path.join(TEMPLATES_DIR, 'labels'));
const templateText = (id: string) => readFileSync(path.join(TEMPLATES_DIR, `${id}.json`), 'utf8');

/**
 * Pseudo-localisation: every label 40% longer (accented letters, padded with
 * tildes), placeholders kept. A layout that only fits today's words fails.
 */
function pseudo(catalogue: Readonly<Record<string, string>>): Record<string, string> {
  const accented: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', O: 'Ó', c: 'ç', n: 'ñ' };
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(catalogue)) {
    const words = text.replace(/\{\w+\}/g, '');
    const padding = '~'.repeat(Math.ceil(words.length * 0.4));
    out[key] = `${text.replace(/(\{\w+\})|./g, (ch, field) => field ?? accented[ch] ?? ch)} ${padding}`;
  }
  return out;
}

describe('card labels', () => {
  it('every template fits with every language’s labels (the shipped catalogues load)', () => {
    const set = loadTemplates(TEMPLATES_DIR);
    expect(Object.keys(set.labels.cy).sort()).toEqual(Object.keys(set.labels.en).sort());
  });

  it('a Welsh catalogue 40% longer than English is caught at load, naming the template, element and label', () => {
    const longWelsh: CardLabels = { en: labels.en, cy: pseudo(labels.en) };
    for (const id of ['standard', 'large-print']) {
      expect(() => parseTemplate(`${id}.json`, templateText(id), longWelsh)).toThrow(TemplateError);
      expect(() => parseTemplate(`${id}.json`, templateText(id), longWelsh)).toThrow(
        new RegExp(`^templates/${id}\\.json: /(front|back)/elements/\\d+/width is too narrow for ".*~+.*" on (Welsh|bilingual \\([a-z ]+\\)) cards \\(label "\\w+"\\)`),
      );
    }
  });

  it('an English catalogue 40% longer is caught on English cards too', () => {
    const longEnglish: CardLabels = { en: pseudo(labels.en), cy: labels.cy };
    expect(() => parseTemplate('standard.json', templateText('standard'), longEnglish)).toThrow(/is too narrow for ".*~+.*", the widest this can print/);
  });

  it('a label the catalogue lacks, or a translation with other fields, is refused', () => {
    const standard = JSON.parse(templateText('standard'));
    standard.front.elements.find((e: TextElement) => e.label === 'cardNumber').label = 'cardNumbr';
    expect(() => parseTemplate('standard.json', JSON.stringify(standard), labels)).toThrow(/\/label names a label that templates\/labels\/en\.json does not have: "cardNumbr"/);

    const dir = mkdtempSync(path.join(tmpdir(), 'labels-'));
    writeFileSync(path.join(dir, 'en.json'), JSON.stringify(labels.en));
    writeFileSync(path.join(dir, 'cy.json'), JSON.stringify({ ...labels.cy, validUntil: 'Yn ddilys tan {expiry}' }));
    expect(() => loadCardLabels(dir)).toThrow(LabelError);
    expect(() => loadCardLabels(dir)).toThrow(/cy\.json: "validUntil" names an unknown field \{expiry\}/);
    writeFileSync(path.join(dir, 'cy.json'), JSON.stringify({ ...labels.cy, validUntil: 'Yn ddilys' }));
    expect(() => loadCardLabels(dir)).toThrow(/"validUntil" must have the same \{fields\} as the English "Valid until \{expiresOn\}"/);
    const { helpline: _dropped, ...missing } = labels.cy;
    writeFileSync(path.join(dir, 'cy.json'), JSON.stringify(missing));
    expect(() => loadCardLabels(dir)).toThrow(/cy\.json: "helpline" is missing or empty/);
  });

  it('a bilingual card prints Welsh then English; a value both end with prints once side by side; a name prints once', () => {
    const set = loadTemplates(TEMPLATES_DIR);
    const back = set.cards.get('standard')!.back.elements.filter((e): e is TextElement => e.type === 'text');
    const front = set.cards.get('standard')!.front.elements.filter((e): e is TextElement => e.type === 'text');
    const branding = {
      organisationName: 'Northshire Young Carers', helpline: '0800 123 4567', returnAddress: '', youngCarerWording: 'Young Carer',
      benefitsLine: '', primaryColour: '#1d4f91', logo: null, youngCarerWordingCy: 'Gofalwr Ifanc',
    };
    const content = (bilingualLayout: 'welsh_first' | 'side_by_side') =>
      cardContentOf({ ...sampleSource({ ...branding, bilingualLayout }, 'https://x.test', 'bilingual'), labels: set.labels });
    const helpline = back.find((e) => e.label === 'helpline')!;
    expect(textPiece(elementFor(helpline, 'bilingual'), content('welsh_first'))).toBe('Llinell gymorth 0800 123 4567\nHelpline 0800 123 4567');
    expect(textPiece(elementFor(helpline, 'bilingual'), content('side_by_side'))).toBe('Llinell gymorth / Helpline 0800 123 4567');
    const expiry = front.find((e) => e.label === 'validUntil')!;
    expect(textPiece(elementFor(expiry, 'bilingual'), content('side_by_side'))).toBe('Yn ddilys tan 30 Tach 2027 / Valid until 30 Nov 2027');
    const name = front.find((e) => e.content === '{name}')!;
    expect(textPiece(name, content('welsh_first'))).toBe('Zofia');
    const english = cardContentOf({ ...sampleSource(branding, 'https://x.test'), labels: set.labels });
    expect(textPiece(expiry, english)).toBe('Valid until 30 Nov 2027');
    const welsh = cardContentOf({ ...sampleSource(branding, 'https://x.test', 'cy'), labels: set.labels });
    expect(textPiece(back.find((e) => e.label === 'namedHolderOnly')!, welsh)).toBe('Mae’r cerdyn hwn ar gyfer y Gofalwr Ifanc a enwir yn unig.');
  });
});
