import type { CardTemplate, SheetTemplate } from '../templates/schemas.ts';
import { drawCardFace, faceCanvas, type CardContent } from './draw-card-face.ts';
import { newPdfDocument } from './pdf-document.ts';
import { CARD_HEIGHT_MM, CARD_WIDTH_MM, mm } from './units.ts';

export type PrintableCard = { template: CardTemplate; content: CardContent };

/** What the sheet layout puts where, in mm: one cell per card, row by row. */
export function sheetCells(sheet: SheetTemplate): { x: number; y: number }[] {
  const gridWidth = sheet.columns * CARD_WIDTH_MM + (sheet.columns - 1) * sheet.gap.x;
  const gridHeight = sheet.rows * CARD_HEIGHT_MM + (sheet.rows - 1) * sheet.gap.y;
  const left = (sheet.page.width - gridWidth) / 2;
  const top = (sheet.page.height - gridHeight) / 2;
  const cells: { x: number; y: number }[] = [];
  for (let row = 0; row < sheet.rows; row++) {
    for (let column = 0; column < sheet.columns; column++) {
      cells.push({ x: left + column * (CARD_WIDTH_MM + sheet.gap.x), y: top + row * (CARD_HEIGHT_MM + sheet.gap.y) });
    }
  }
  return cells;
}

export function sheetPageCount(sheet: SheetTemplate, cards: number): number {
  return 2 * Math.ceil(cards / (sheet.columns * sheet.rows));
}

/** A line a reader of the stream can count to show progress; a PDF comment, so PDF readers skip it. */
export const progressMarker = (done: number, total: number) => `%%YC-PROGRESS ${done}/${total}\n`;

/**
 * Print sheets as a stream of PDF bytes: for every `columns x rows` cards, a
 * page of fronts then a page of backs. Backs are mirrored left to right, so
 * after a long-edge duplex print each back lies behind its own front. Crop
 * marks sit in the page margin, in line with every cut.
 *
 * Pulls cards from `cards` one sheet at a time and yields each sheet's bytes
 * before reading more, so memory stays flat however many cards there are
 * (with a consumer that reads as it goes, e.g. `Readable.from`).
 */
export async function* renderPrintSheet(
  sheet: SheetTemplate,
  cards: AsyncIterable<PrintableCard> | Iterable<PrintableCard>,
  total: number,
  options: { organisationName: string },
): AsyncGenerator<Buffer> {
  const doc = newPdfDocument('Young carer cards print sheet', options.organisationName);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const take = () => Buffer.concat(chunks.splice(0));
  const canvas = faceCanvas(doc);
  const cells = sheetCells(sheet);
  const pageSize: [number, number] = [mm(sheet.page.width), mm(sheet.page.height)];
  let batch: PrintableCard[] = [];
  let done = 0;

  const drawSheet = () => {
    doc.addPage({ size: pageSize, margin: 0 });
    batch.forEach((card, i) => drawCardFace(canvas, card.template.front, card.content, pointOf(cells[i]!)));
    drawCropMarks(doc, sheet, cells);
    doc.addPage({ size: pageSize, margin: 0 });
    batch.forEach((card, i) => {
      const cell = cells[i]!;
      drawCardFace(canvas, card.template.back, card.content, pointOf({ x: sheet.page.width - cell.x - CARD_WIDTH_MM, y: cell.y }));
    });
    drawCropMarks(doc, sheet, cells);
    doc.flushPages();
    done += batch.length;
    batch = [];
    doc._write(progressMarker(done, total));
  };

  for await (const card of cards) {
    batch.push(card);
    if (batch.length === cells.length) {
      drawSheet();
      yield take();
    }
  }
  if (batch.length > 0) drawSheet();
  doc.end();
  await ended;
  yield take();
}

const pointOf = (cell: { x: number; y: number }) => ({ x: mm(cell.x), y: mm(cell.y) });

/** Marks in the margins in line with every card edge (the grid is symmetric, so fronts and backs share them). */
function drawCropMarks(doc: PDFKit.PDFDocument, sheet: SheetTemplate, cells: { x: number; y: number }[]): void {
  const { length, offset, width } = sheet.cropMarks;
  const xs = [...new Set(cells.flatMap((c) => [c.x, c.x + CARD_WIDTH_MM]))];
  const ys = [...new Set(cells.flatMap((c) => [c.y, c.y + CARD_HEIGHT_MM]))];
  const top = Math.min(...ys);
  const bottom = Math.max(...ys);
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  for (const x of xs) {
    doc.moveTo(mm(x), mm(top - offset)).lineTo(mm(x), mm(top - offset - length));
    doc.moveTo(mm(x), mm(bottom + offset)).lineTo(mm(x), mm(bottom + offset + length));
  }
  for (const y of ys) {
    doc.moveTo(mm(left - offset), mm(y)).lineTo(mm(left - offset - length), mm(y));
    doc.moveTo(mm(right + offset), mm(y)).lineTo(mm(right + offset + length), mm(y));
  }
  doc.lineWidth(mm(width)).stroke('#000000');
}
