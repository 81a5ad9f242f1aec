import { faceCanvas } from '../card-pdf/draw-card-face.ts';
import { newPdfDocument, pdfBytes } from '../card-pdf/pdf-document.ts';
import { countText } from './report-csv.ts';
import type { DashboardReport } from './schemas.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const WIDTH = A4[0] - 2 * MARGIN;

/**
 * The report as an A4 PDF for a funder: each table with its heading, the
 * definitions, and the small-numbers rule. Counts only; the same cells as the
 * CSV. Long tables (many partners) flow onto new pages.
 */
export async function renderReportPdf(report: DashboardReport): Promise<Buffer> {
  const doc = newPdfDocument('Young carer cards report', report.organisation);
  faceCanvas(doc); // registers the 'regular' and 'bold' card fonts
  doc.addPage({ size: A4, margin: MARGIN });

  const table = (title: string, header: string[], rows: string[][], firstWidth = 0.28) => {
    if (doc.y > A4[1] - MARGIN - 120) doc.addPage({ size: A4, margin: MARGIN });
    doc.moveDown(0.8).font('bold').fontSize(13).fillColor('#111111').text(title, MARGIN, doc.y, { width: WIDTH });
    doc.moveDown(0.3);
    const first = WIDTH * firstWidth;
    const rest = header.length > 1 ? (WIDTH - first) / (header.length - 1) : 0;
    const x = (i: number) => (i === 0 ? MARGIN : MARGIN + first + (i - 1) * rest);
    const w = (i: number) => (i === 0 ? first : rest) - 4;
    const line = (cells: string[], bold: boolean) => {
      if (doc.y > A4[1] - MARGIN - 20) doc.addPage({ size: A4, margin: MARGIN });
      const y = doc.y;
      let bottom = y;
      cells.forEach((cell, i) => {
        doc.font(bold ? 'bold' : 'regular').fontSize(8.5).fillColor('#111111').text(cell, x(i), y, { width: w(i), align: i === 0 ? 'left' : 'right' });
        bottom = Math.max(bottom, doc.y);
      });
      doc.y = bottom + 2;
      doc.moveTo(MARGIN, doc.y - 1).lineTo(MARGIN + WIDTH, doc.y - 1).lineWidth(0.3).strokeColor('#d1d5db').stroke();
    };
    line(header, true);
    if (rows.length === 0) line(['None in these months', ...header.slice(1).map(() => '')], false);
    for (const row of rows) line(row, false);
    doc.x = MARGIN;
  };

  doc.font('bold').fontSize(18).fillColor('#111111').text(`${report.organisation}: young carer cards`, MARGIN, MARGIN, { width: WIDTH });
  doc.font('regular').fontSize(9.5).fillColor('#374151')
    .text(`Report for ${report.months[0]} to ${report.months[report.months.length - 1]}, made ${report.generatedAt.slice(0, 10)}. Counts only: nothing in it is about any one child.`, { width: WIDTH });

  table('Cards by month', ['Month', 'Active (nearest 10)', 'Issued', 'Renewed', 'Expiring', 'Ended'],
    report.cards.map((r) => [r.month, countText(r.active), countText(r.issued), countText(r.renewed), countText(r.expiring), countText(r.ended)]), 0.2);
  table('Young carers by age band', ['Age band', 'Young carers'], report.ageBands.map((r) => [r.band, countText(r.count)]), 0.6);
  table('Young carers by area', ['Area', 'Young carers'], report.areas.map((r) => [r.area, countText(r.count)]), 0.6);
  // Twelve months do not fit beside a partner's name on A4 portrait: the last six a table.
  const recent = report.months.slice(-6);
  const offset = report.months.length - recent.length;
  table(`Verify checks by partner (last ${recent.length} months)`, ['Partner', ...recent],
    report.verifyChecks.map((r) => [r.partner, ...r.months.slice(offset).map(countText)]), 0.34);
  table('Referrals by month', ['Month', 'Received', 'Accepted', 'Declined', 'Withdrawn'],
    report.referrals.map((r) => [r.month, countText(r.received), countText(r.accepted), countText(r.declined), countText(r.withdrawn)]), 0.2);

  if (doc.y > A4[1] - MARGIN - 160) doc.addPage({ size: A4, margin: MARGIN });
  doc.moveDown(0.8).font('bold').fontSize(13).fillColor('#111111').text('What the numbers mean', MARGIN, doc.y, { width: WIDTH });
  for (const d of report.definitions) {
    doc.font('bold').fontSize(9).fillColor('#111111').text(`${d.term}: `, MARGIN, doc.y, { width: WIDTH, continued: true });
    doc.font('regular').text(d.meaning);
  }
  doc.moveDown(0.5).font('bold').fontSize(9).text('Small numbers: ', MARGIN, doc.y, { width: WIDTH, continued: true });
  doc.font('regular').text(report.suppressionRule);
  return pdfBytes(doc);
}
