import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

/**
 * The public app's pdf.js: draws the first page of a PDF (a card design
 * rendered by the real card renderer) onto a canvas. Only ever loaded with
 * import(), by the "Have your say" card designs: nothing else on the public
 * pages downloads it. The worker is a file of the build, so the CSP's
 * `'self'` allows it.
 */
GlobalWorkerOptions.workerSrc = workerUrl;

export async function drawFirstPage(data: ArrayBuffer, canvas: HTMLCanvasElement, signal: AbortSignal): Promise<void> {
  const task = getDocument({ data, isEvalSupported: false });
  signal.addEventListener('abort', () => void task.destroy(), { once: true });
  try {
    const page = await (await task.promise).getPage(1);
    const natural = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: ((canvas.clientWidth || 320) * (window.devicePixelRatio || 1)) / natural.width });
    canvas.width = Math.max(1, Math.floor(viewport.width));
    canvas.height = Math.max(1, Math.floor(viewport.height));
    if (signal.aborted) return;
    await page.render({ canvas, viewport }).promise;
  } finally {
    void task.destroy();
  }
}
