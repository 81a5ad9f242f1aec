/**
 * Draws the public app's icons (home screen, app switcher, iOS) into
 * web/public/icons/, from one SVG: a white card with a tick on the brand
 * purple. The PNGs are committed; run again after changing the drawing:
 *
 *   npx tsx web/scripts/make-pwa-icons.ts
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const OUT = path.resolve(import.meta.dirname, '../public/icons');
const PURPLE = '#5b2a86';

/** `inset`: the share of the square the card drawing may use (maskable icons keep to the middle 80% or less). */
function drawing(size: number, { inset, rounded }: { inset: number; rounded: boolean }): string {
  const s = size;
  const w = s * inset;
  const h = w * 0.66;
  const x = (s - w) / 2;
  const y = (s - h) / 2;
  const stroke = w * 0.07;
  const tick = `M ${x + w * 0.3} ${y + h * 0.52} L ${x + w * 0.45} ${y + h * 0.72} L ${x + w * 0.72} ${y + h * 0.3}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">
  <rect width="${s}" height="${s}" rx="${rounded ? s * 0.18 : 0}" fill="${PURPLE}"/>
  <rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${w * 0.09}" fill="#fff"/>
  <path d="${tick}" fill="none" stroke="${PURPLE}" stroke-width="${stroke}" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;
}

const icons = [
  { file: 'icon-192.png', size: 192, inset: 0.72, rounded: true },
  { file: 'icon-512.png', size: 512, inset: 0.72, rounded: true },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.56, rounded: false },
  { file: 'apple-touch-icon.png', size: 180, inset: 0.66, rounded: false },
];

mkdirSync(OUT, { recursive: true });
for (const icon of icons) {
  await sharp(Buffer.from(drawing(icon.size, icon))).png({ compressionLevel: 9 }).toFile(path.join(OUT, icon.file));
  process.stdout.write(`wrote ${path.join('web/public/icons', icon.file)}\n`);
}
