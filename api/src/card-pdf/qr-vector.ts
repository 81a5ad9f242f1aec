import QRCode from 'qrcode';
import { mm } from './units.ts';

/** Quiet zone of 4 modules; each module at least 0.3 mm so cheap phone cameras read it first time (see docs/cards-pdf-qr.md). */
export const QUIET_ZONE_MODULES = 4;
export const MIN_MODULE_MM = 0.3;

export type QrMatrix = { version: number; size: number; data: Uint8Array; mask: number };

/**
 * The QR matrix of `text` at error correction M, as one byte-mode segment:
 * what MAX_VERIFY_URL_BYTES is computed for, and it spares the library's
 * search for a mixed-mode encoding. Choosing the mask (the pattern that
 * keeps a code free of shapes that confuse scanners) is the other half of
 * the cost, so a card's mask is chosen once, at issue, and stored; `mask`
 * absent means choose now.
 */
export function qrMatrix(text: string, mask?: number): QrMatrix {
  const qr = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
    ...(mask === undefined ? {} : { maskPattern: mask as QRCode.QRCodeMaskPattern }),
  });
  return { version: qr.version, size: qr.modules.size, data: qr.modules.data, mask: qr.maskPattern as number };
}

/**
 * Draws the QR code as filled vector rectangles (one per horizontal run of
 * dark modules: sharp at any print resolution, and a fraction of the size
 * of an image), on a light square that includes the quiet zone.
 */
export function drawQr(doc: PDFKit.PDFDocument, matrix: QrMatrix, at: { x: number; y: number; side: number }, colour: string): void {
  const modules = matrix.size + 2 * QUIET_ZONE_MODULES;
  const module = at.side / modules;
  if (module < mm(MIN_MODULE_MM) - 1e-9) {
    throw new Error(`QR module ${(module / mm(1)).toFixed(2)} mm is under ${MIN_MODULE_MM} mm: make the QR element larger`);
  }
  doc.rect(at.x, at.y, at.side, at.side).fill('#ffffff');
  const left = at.x + QUIET_ZONE_MODULES * module;
  const top = at.y + QUIET_ZONE_MODULES * module;
  const { size, data } = matrix;
  // One path of `re` operators written straight into the page content: the
  // same operators doc.rect() writes, without a method call and number
  // formatting per run (about a thousand runs per code).
  const ops: string[] = [];
  const h = module.toFixed(3);
  for (let row = 0; row < size; row++) {
    const y = (top + row * module).toFixed(3);
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      ops.push(`${(left + start * module).toFixed(3)} ${y} ${((col - start) * module).toFixed(3)} ${h} re`);
    }
  }
  doc.addContent(ops.join('\n'));
  doc.fill(colour);
}
