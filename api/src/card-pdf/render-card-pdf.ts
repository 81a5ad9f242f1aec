import type { CardTemplate } from '../templates/schemas.ts';
import { drawCardFace, faceCanvas, type CardContent } from './draw-card-face.ts';
import { newPdfDocument, pdfBytes } from './pdf-document.ts';
import { CARD_HEIGHT_MM, CARD_WIDTH_MM, mm } from './units.ts';

export type CardPdfOptions = {
  /** Extra margin around the card for printers that trim, in mm (0: the page is exactly CR80). */
  bleed?: number;
  organisationName: string;
};

/** One card: page 1 the front, page 2 the back, each exactly 85.6 x 54 mm (plus any bleed). */
export async function renderCardPdf(template: CardTemplate, content: CardContent, options: CardPdfOptions): Promise<Buffer> {
  const bleed = mm(options.bleed ?? 0);
  const doc = newPdfDocument('Young carer card', options.organisationName);
  const canvas = faceCanvas(doc);
  const size: [number, number] = [mm(CARD_WIDTH_MM) + 2 * bleed, mm(CARD_HEIGHT_MM) + 2 * bleed];
  for (const face of [template.front, template.back]) {
    doc.addPage({ size, margin: 0 });
    drawCardFace(canvas, face, content, { x: bleed, y: bleed }, bleed);
  }
  return pdfBytes(doc);
}
