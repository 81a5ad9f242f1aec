// Single-card PDF render time (median of 20 after a warm-up), an English card
// and one whose holder's name is in Arabic script. Reports; asserts nothing.
// Run: npx tsx bench/card-pdf-timing.ts
import { cardContentOf } from '../api/src/card-pdf/draw-card-face.ts';
import { renderCardPdf } from '../api/src/card-pdf/render-card-pdf.ts';
import { sampleSource } from '../api/src/templates/fields.ts';
import { loadTemplates } from '../api/src/templates/load-templates.ts';

const started = performance.now();
const template = loadTemplates(new URL('../templates', import.meta.url).pathname).cards.get('standard')!;
const loadMs = performance.now() - started;
const branding = {
  organisationName: 'Northshire Young Carers', helpline: '0800 123 4567', returnAddress: '1 High Street, Townsville AB1 2CD',
  youngCarerWording: 'Young Carer', benefitsLine: 'Show this card for young carer offers', primaryColour: '#1d4f91', logo: null,
};

async function median(name: string, runs = 20): Promise<{ first: number; median: number }> {
  const time = async () => {
    const content = cardContentOf({ ...sampleSource(branding, 'https://cards.example-charity.org'), name });
    const t = performance.now();
    await renderCardPdf(template, content, { organisationName: 'x' });
    return performance.now() - t;
  };
  const first = await time();
  for (let i = 0; i < 5; i++) await time();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await time());
  times.sort((a, b) => a - b);
  return { first, median: times[Math.floor(runs / 2)]! };
}

const english = await median('Zofia');
const arabic = await median('مريم');
const f = (n: number) => n.toFixed(1);
console.log(`templates load ${f(loadMs)} ms`);
console.log(`english card: first ${f(english.first)} ms, median of 20 ${f(english.median)} ms`);
console.log(`arabic-name card: first ${f(arabic.first)} ms, median of 20 ${f(arabic.median)} ms`);
