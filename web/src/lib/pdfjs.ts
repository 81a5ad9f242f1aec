import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentLoadingTask, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * pdf.js, set up once. Only ever loaded with import() (see
 * components/pdf-preview.tsx): it is large, and only the preview pages need it.
 * The worker is a file of the build (/assets/pdf.worker.min-*.mjs), so it
 * loads from our own origin and the API's CSP (`script-src 'self'`) allows it.
 */
GlobalWorkerOptions.workerSrc = workerUrl;

/** One worker thread for every preview, kept for the life of the page. */
let sharedWorker: PDFWorker | null = null;

export type PdfPageTarget = { pageNumber: number; canvas: HTMLCanvasElement };

/**
 * Draws pages of a PDF onto canvases, as wide as each canvas is on screen
 * (times the device pixel ratio, so text is sharp). Each page is drawn off
 * screen first and then copied, so a canvas keeps its old picture until the
 * new one is ready (no flash while a live preview re-renders). Stops early,
 * without drawing, when `signal` aborts.
 */
export async function drawPdfPages(data: ArrayBuffer, targets: PdfPageTarget[], signal: AbortSignal): Promise<void> {
  sharedWorker ??= new PDFWorker();
  // isEvalSupported: false keeps pdf.js from trying eval() for fonts, which the CSP forbids anyway.
  const loadingTask: PDFDocumentLoadingTask = getDocument({ data, worker: sharedWorker, isEvalSupported: false });
  let renderTask: RenderTask | null = null;
  const stop = () => {
    renderTask?.cancel();
    void loadingTask.destroy();
  };
  signal.addEventListener('abort', stop, { once: true });
  try {
    const doc = await loadingTask.promise;
    for (const { pageNumber, canvas } of targets) {
      if (signal.aborted) return;
      const page = await doc.getPage(pageNumber);
      const cssWidth = canvas.clientWidth || 480;
      const natural = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (cssWidth * (window.devicePixelRatio || 1)) / natural.width });
      const offscreen = document.createElement('canvas');
      offscreen.width = Math.max(1, Math.floor(viewport.width));
      offscreen.height = Math.max(1, Math.floor(viewport.height));
      renderTask = page.render({ canvas: offscreen, viewport });
      await renderTask.promise;
      renderTask = null;
      if (signal.aborted) return;
      canvas.width = offscreen.width;
      canvas.height = offscreen.height;
      // The page's own shape from now on (the placeholder's may only have been a guess).
      canvas.style.aspectRatio = `${natural.width} / ${natural.height}`;
      canvas.getContext('2d')?.drawImage(offscreen, 0, 0);
    }
  } finally {
    signal.removeEventListener('abort', stop);
    void loadingTask.destroy();
  }
}
