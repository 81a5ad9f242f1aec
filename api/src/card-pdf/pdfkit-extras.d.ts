import type { Font } from 'fontkit';

/** pdfkit methods that @types/pdfkit leaves out. */
declare global {
  namespace PDFKit {
    /** An image opened once with `openImage`, then drawn any number of times without being embedded again. */
    type OpenedImage = { readonly width: number; readonly height: number; readonly __openedImage: true };
    interface PDFDocument {
      openImage(src: Buffer): OpenedImage;
      image(src: OpenedImage, x?: number, y?: number, options?: PDFKit.Mixins.ImageOption): this;
      /** pdfkit also takes a fontkit font object as a font source. */
      registerFont(name: string, src: Font): this;
      /** Writes raw bytes into the output (used for PDF comments between objects). */
      _write(data: string): void;
    }
  }
}
