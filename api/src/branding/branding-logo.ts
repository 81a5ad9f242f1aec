import sharp from 'sharp';
import { AppError } from '../errors.ts';

export const MAX_LOGO_BYTES = 512 * 1024;
const MAX_LOGO_PIXELS = 25_000_000;
/**
 * Pixels the images an SVG embeds may have between them. The SVG renderer
 * decodes each one whole, outside sharp's own pixel limit: a 300 KB SVG
 * holding a 20000 x 20000 PNG (which compresses to almost nothing) once took
 * the server from 0.3 GB to 3.7 GB. 4000 x 4000 is far more than a logo needs.
 */
const MAX_EMBEDDED_PIXELS = 16_000_000;
/** Long side of the PNG printed on cards: ~1,400 dpi at the 22 mm a logo gets. */
const PRINT_SIDE = 1200;

const invalid = (message: string) => new AppError('LOGO_INVALID', message, { field: 'logo' });

export type CheckedLogo = { type: 'image/png' | 'image/svg+xml'; print: Buffer };

/**
 * Checks an uploaded logo by its content. A PNG is re-encoded (metadata
 * dropped). An SVG is accepted only if it holds nothing active or external
 * (no scripts, event handlers, foreign objects, entities, or links other than
 * to itself and embedded images), and is rasterised once into the PNG that
 * PDFs print and staff see. Only that PNG is kept: the upload as sent is
 * never stored, so an SVG is never served back.
 */
export async function checkLogo(upload: Buffer): Promise<CheckedLogo> {
  if (upload.length === 0) throw invalid('The logo file is empty.');
  const isPng = upload.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (isPng) {
    const print = await rasterise(upload, 'This PNG is damaged or incomplete.');
    return { type: 'image/png', print };
  }
  const text = upload.toString('utf8');
  if (!/^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(text)) {
    throw invalid('Use a PNG or SVG image for the logo.');
  }
  const problem = svgProblem(text) ?? (await embeddedImagesProblem(text));
  if (problem) throw invalid(`This SVG cannot be used: it ${problem}. Export it again as plain SVG, or use a PNG.`);
  const print = await rasterise(upload, 'This SVG could not be drawn; export it again or use a PNG.');
  return { type: 'image/svg+xml', print };
}

function svgProblem(svg: string): string | undefined {
  if (/<!DOCTYPE|<!ENTITY/i.test(svg)) return 'declares a DOCTYPE or entities';
  if (/<script[\s>/]/i.test(svg)) return 'contains a script';
  if (/<foreignObject[\s>/]/i.test(svg)) return 'contains a foreignObject';
  if (/\son[a-z]+\s*=/i.test(svg)) return 'has an event handler attribute';
  for (const match of svg.matchAll(/(?:href|src)\s*=\s*["']\s*([^"']*)["']/gi)) {
    const target = match[1]!;
    if (!target.startsWith('#') && !/^data:image\/(png|jpeg|gif);base64,/i.test(target)) return 'links to something outside the file';
  }
  if (/url\(\s*(?!["']?\s*#)/i.test(svg)) return 'uses a url() that is not inside the file';
  if (/@import/i.test(svg)) return 'imports a stylesheet';
  return undefined;
}

/** The images an SVG embeds (data: URLs, the only ones svgProblem lets through), measured from their headers before anything decodes them. */
async function embeddedImagesProblem(svg: string): Promise<string | undefined> {
  let pixels = 0;
  for (const match of svg.matchAll(/data:image\/(?:png|jpeg|gif);base64,([^"']*)["']/gi)) {
    const payload = match[1]!.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(payload)) return 'has an embedded image that is not plain base64';
    let size: { width?: number; height?: number; pages?: number };
    try {
      size = await sharp(Buffer.from(payload, 'base64')).metadata();
    } catch {
      return 'has an embedded image that is damaged';
    }
    if (!size.width || !size.height) return 'has an embedded image that is damaged';
    pixels += size.width * size.height * (size.pages ?? 1);
    if (pixels > MAX_EMBEDDED_PIXELS) return `holds embedded images larger than ${MAX_EMBEDDED_PIXELS / 1_000_000} million pixels in all`;
  }
  return undefined;
}

async function rasterise(input: Buffer, damaged: string): Promise<Buffer> {
  try {
    const image = sharp(input, { limitInputPixels: MAX_LOGO_PIXELS, density: 300 });
    const metadata = await image.metadata();
    if (!metadata.width || !metadata.height) throw new Error('no size');
    return await image
      .resize({ width: PRINT_SIDE, height: PRINT_SIDE, fit: 'inside', withoutEnlargement: metadata.format === 'png' })
      .png()
      .toBuffer();
  } catch {
    throw invalid(damaged);
  }
}
