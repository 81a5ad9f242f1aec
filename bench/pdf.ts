// Card PDF and print-sheet figures for npm run bench (see run.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { FastifyInstance } from 'fastify';
import { cardContentOf } from '../api/src/card-pdf/draw-card-face.ts';
import { renderCardPdf } from '../api/src/card-pdf/render-card-pdf.ts';
import { issueCard } from '../api/src/cards/issue-card.ts';
import { photosDir } from '../api/src/holders/holder-photo.ts';
import { sampleSource } from '../api/src/templates/fields.ts';

export type PdfFigures = {
  cardRender: { medianMs: number; p95Ms: number };
  cardEndpoint: { medianMs: number; p95Ms: number; bytes: number };
  printSheets: { cards: number; seconds: number; cardsPerSecond: number; megabytes: number; rssBeforeMb: number; peakRssMb: number }[];
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const mb = (bytes: number) => round(bytes / 1024 / 1024);

/** A photo-like JPEG (blurred noise compresses like a face, not like a flat colour). */
async function photo(): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 800, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).blur(2).jpeg({ quality: 85 }).toBuffer();
}

export async function benchPdfs(app: FastifyInstance, base: string, accessToken: string, sheetCards: number[]): Promise<PdfFigures> {
  const auth = { authorization: `Bearer ${accessToken}` };
  const template = app.deps.templates.cards.get('standard')!;
  const branding = (await app.deps.branding.current()).print;
  const photoBytes = await photo();

  // Render only: template + values to PDF bytes, in process.
  const content = cardContentOf({ ...sampleSource(branding, app.config.publicUrl), photo: photoBytes });
  for (let i = 0; i < 20; i++) await renderCardPdf(template, content, { organisationName: 'x' });
  const renders: number[] = [];
  for (let i = 0; i < 200; i++) {
    const fresh = cardContentOf({ ...sampleSource(branding, app.config.publicUrl), name: `Name ${i}`, photo: photoBytes });
    const started = performance.now();
    await renderCardPdf(template, fresh, { organisationName: 'x' });
    renders.push(performance.now() - started);
  }
  renders.sort((a, b) => a - b);

  // Cards with photos on disk, as staff would have them.
  const operator = { actor: null, ip: null };
  const dir = photosDir(app.config.dataDir);
  mkdirSync(dir, { recursive: true });
  const total = Math.max(...sheetCards);
  const cardIds: string[] = [];
  for (let i = 0; i < total; i++) {
    const photoFile = `${randomBytes(16).toString('hex')}.jpg`;
    writeFileSync(path.join(dir, photoFile), photoBytes);
    const holder = await app.db.holder.create({
      data: {
        id: randomUUID(), givenName: `Printed${i}`, familyName: 'Carer', dateOfBirth: '2013-01-01', photoFile,
        consentBy: 'parent', consentAt: new Date(), consentMethod: 'written', searchText: `printed${i} carer`,
      },
    });
    cardIds.push((await issueCard(app.deps, { context: operator, holderId: holder.id })).card.id);
  }

  // One card over HTTP: lookup, photo, render, audit.
  const endpoint: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 100; i++) {
    const started = performance.now();
    const response = await fetch(`${base}/api/cards/${cardIds[i % cardIds.length]}/pdf`, { headers: auth });
    bytes = (await response.arrayBuffer()).byteLength;
    endpoint.push(performance.now() - started);
  }
  endpoint.sort((a, b) => a - b);

  const printSheets: PdfFigures['printSheets'] = [];
  for (const cards of sheetCards) {
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    const started = performance.now();
    const response = await fetch(`${base}/api/print-sheets`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ cardIds: cardIds.slice(0, cards) }),
    });
    let size = 0;
    for await (const chunk of response.body!) size += (chunk as Uint8Array).byteLength;
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (response.status !== 200) throw new Error(`print sheet answered ${response.status}`);
    printSheets.push({ cards, seconds: round(seconds, 2), cardsPerSecond: Math.round(cards / seconds), megabytes: mb(size), rssBeforeMb: mb(rssBefore), peakRssMb: mb(peak) });
  }

  return {
    cardRender: { medianMs: round(percentile(renders, 0.5)), p95Ms: round(percentile(renders, 0.95)) },
    cardEndpoint: { medianMs: round(percentile(endpoint, 0.5)), p95Ms: round(percentile(endpoint, 0.95)), bytes },
    printSheets,
  };
}
