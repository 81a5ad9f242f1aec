import PDFDocument from 'pdfkit';

/**
 * A new PDF with metadata that holds nothing personal: a generic title and
 * the organisation as author. No name, no card number (the file name the
 * browser saves may have the card number; the document itself does not).
 */
export function newPdfDocument(title: string, organisationName: string): PDFKit.PDFDocument {
  return new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    pdfVersion: '1.7',
    // No default Helvetica: every text is drawn in the card font, and loading Helvetica's metrics costs ~0.5 ms a document.
    font: null as unknown as string,
    info: { Title: title, Author: organisationName, Creator: 'Young carer cards', Producer: 'Young carer cards' },
  });
}

/** Ends the document and collects its bytes (for one card: small enough to hold). */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
