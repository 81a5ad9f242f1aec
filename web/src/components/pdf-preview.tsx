import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/use-translation.ts';

/** Width / height of a card, ID-1 (bank card) size: 85.6 x 54 mm. */
export const CARD_ASPECT_RATIO = 85.6 / 54;

export type PdfPreviewPage = {
  pageNumber: number;
  /** What the page shows, for screen readers: "Front of the Standard card, with sample details". */
  label: string;
  /** A word under the page ("Front", "Back"); none when there is only one page. */
  caption?: string;
  /** Width / height, so the page keeps its space before it is drawn. */
  aspectRatio: number;
};

type Drawn = { file: Blob; ok: boolean };

/**
 * Pages of a PDF drawn into <canvas> elements with pdf.js, which is loaded
 * only when a preview is first shown. A new `file` is drawn over the old
 * picture, which stays until the new one is ready (live previews).
 * `data-state` on the frame is `drawing`, `drawn` or `failed`.
 */
export function PdfPreview({ file, pages, className }: { file: Blob; pages: PdfPreviewPage[]; className?: string }) {
  const { t } = useTranslation();
  const canvases = useRef<(HTMLCanvasElement | null)[]>([]);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const pageNumbers = pages.map((page) => page.pageNumber).join(',');

  useEffect(() => {
    const controller = new AbortController();
    const numbers = pageNumbers.split(',').map(Number);
    void (async () => {
      try {
        const [{ drawPdfPages }, data] = await Promise.all([import('../lib/pdfjs.ts'), file.arrayBuffer()]);
        const targets = numbers.flatMap((pageNumber, index) => {
          const canvas = canvases.current[index];
          return canvas ? [{ pageNumber, canvas }] : [];
        });
        await drawPdfPages(data, targets, controller.signal);
        if (!controller.signal.aborted) setDrawn({ file, ok: true });
      } catch {
        if (!controller.signal.aborted) setDrawn({ file, ok: false });
      }
    })();
    return () => controller.abort();
  }, [file, pageNumbers]);

  const state = drawn?.file === file ? (drawn.ok ? 'drawn' : 'failed') : 'drawing';

  return (
    <div className={className ? `pdf-preview ${className}` : 'pdf-preview'} data-state={state} aria-busy={state === 'drawing'}>
      <div className="pdf-preview__pages">
        {pages.map((page, index) => (
          <figure key={page.pageNumber} className="pdf-preview__page">
            <canvas
              ref={(canvas) => {
                canvases.current[index] = canvas;
              }}
              className="pdf-preview__canvas"
              role="img"
              aria-label={page.label}
              style={{ aspectRatio: String(page.aspectRatio) }}
            />
            {page.caption ? <figcaption className="pdf-preview__caption">{page.caption}</figcaption> : null}
          </figure>
        ))}
        {state === 'drawing' ? (
          <div className="pdf-preview__busy">
            <span className="spinner" aria-hidden="true" />
            <span className="visually-hidden">{t('app.pdfPreview.drawing')}</span>
          </div>
        ) : null}
      </div>
      {state === 'failed' ? (
        <p className="field__error" role="alert">
          {t('app.pdfPreview.failed')}
        </p>
      ) : null}
    </div>
  );
}
