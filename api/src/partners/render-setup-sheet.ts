import { faceCanvas } from '../card-pdf/draw-card-face.ts';
import { newPdfDocument, pdfBytes } from '../card-pdf/pdf-document.ts';
import { drawQr, qrMatrix } from '../card-pdf/qr-vector.ts';
import { mm } from '../card-pdf/units.ts';

/** What a shop's setup sheet prints: nothing about any young carer, only the shop, the charity and the shop's link. */
export type SetupSheetContent = {
  shopName: string;
  organisationName: string;
  /** Empty when the charity has not set one: the sheet then says to contact the charity. */
  helpline: string;
  /** The partner's own verify link (`/v?p=CODE`), drawn as the QR code. */
  verifyLink: string;
  primaryColour: string;
};

/**
 * The words of the sheet, as data: a shopkeeper reads it once, standing at
 * the till, so each step is one short sentence in plain words.
 */
export function setupSheetWords(content: SetupSheetContent) {
  const callLine = content.helpline ? `call ${content.organisationName} on ${content.helpline}` : `contact ${content.organisationName}`;
  return {
    title: `Setting up ${content.shopName} to check young carer cards`,
    lead: `${content.organisationName} gives young carers an ID card. This sheet sets up the phone at your till to check them. It takes a minute and needs no app.`,
    steps: [
      'Scan the QR code on this sheet with the phone your shop will use (open the camera and point it at the code).',
      `Open the page it offers. It should say "Set up for ${content.shopName}". Add it to the home screen if the phone offers to.`,
      'When a young carer shows their card, scan the QR code on the card with the same phone.',
      'Read the answer on the screen, and give the benefit if it says VALID.',
    ],
    meanings: [
      { word: 'VALID', text: 'The card is genuine and current. The page shows the first name on the card and the benefits your shop offers.' },
      { word: 'NOT VALID', text: 'Do not give the benefit. Be kind: the card may simply be old or damaged. Do not keep the card.' },
      { word: 'EXPIRED', text: 'The card has run out. Ask them to renew it with the charity.' },
    ],
    doubt: `If in doubt, or if the card cannot be scanned, type the card number into the page instead, or ${callLine}. Never ask a young carer why they are a carer.`,
    linkLabel: 'The QR code opens this link:',
  };
}

const PAGE: [number, number] = [mm(210), mm(297)];
const MARGIN = mm(18);
const TEXT = '#111111';

/** One A4 page, rendered like the cards (pdfkit, the card font, the QR as vectors). Pure: content in, PDF bytes out. */
export async function renderSetupSheet(content: SetupSheetContent): Promise<Buffer> {
  const doc = newPdfDocument('Partner setup sheet', content.organisationName);
  faceCanvas(doc);
  doc.addPage({ size: PAGE, margin: 0 });
  const words = setupSheetWords(content);
  const width = PAGE[0] - 2 * MARGIN;
  let y = MARGIN;

  doc.rect(0, 0, PAGE[0], mm(6)).fill(content.primaryColour);
  doc.font('bold').fontSize(11).fillColor(TEXT).text(content.organisationName, MARGIN, y, { width });
  y = doc.y + mm(3);
  doc.font('bold').fontSize(20).text(words.title, MARGIN, y, { width });
  y = doc.y + mm(3);
  doc.font('regular').fontSize(11).text(words.lead, MARGIN, y, { width, lineGap: 2 });
  y = doc.y + mm(6);

  const qrSide = mm(60);
  drawQr(doc, qrMatrix(content.verifyLink), { x: MARGIN, y, side: qrSide }, TEXT);
  const stepsX = MARGIN + qrSide + mm(8);
  const stepsWidth = width - qrSide - mm(8);
  let stepY = y;
  words.steps.forEach((step, index) => {
    doc.font('bold').fontSize(12).fillColor(TEXT).text(`${index + 1}.`, stepsX, stepY, { width: mm(8) });
    doc.font('regular').fontSize(12).text(step, stepsX + mm(8), stepY, { width: stepsWidth - mm(8), lineGap: 2 });
    stepY = doc.y + mm(3);
  });
  y = Math.max(y + qrSide, stepY) + mm(2);
  doc.font('regular').fontSize(9).fillColor(TEXT).text(`${words.linkLabel} ${content.verifyLink}`, MARGIN, y, { width });
  y = doc.y + mm(8);

  doc.font('bold').fontSize(14).text('What the answer means', MARGIN, y, { width });
  y = doc.y + mm(2);
  for (const meaning of words.meanings) {
    doc.font('bold').fontSize(12).text(meaning.word, MARGIN, y, { width: mm(30) });
    doc.font('regular').fontSize(11).text(meaning.text, MARGIN + mm(32), y, { width: width - mm(32), lineGap: 2 });
    y = doc.y + mm(3);
  }
  y += mm(4);
  doc.font('bold').fontSize(14).text('If in doubt', MARGIN, y, { width });
  y = doc.y + mm(2);
  doc.font('regular').fontSize(12).text(words.doubt, MARGIN, y, { width, lineGap: 2 });
  return pdfBytes(doc);
}
