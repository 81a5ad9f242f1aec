/**
 * Finds a QR code in the camera's current frame. The browser's own
 * BarcodeDetector where it reads QR codes (Android Chrome, Safari 17+);
 * otherwise jsQR on a scaled-down frame, loaded only when someone scans.
 */
export type QrDetector = (video: HTMLVideoElement) => Promise<string | undefined>;

type BarcodeDetectorInstance = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type BarcodeDetectorClass = {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
};

/** jsQR's cost grows with the pixel count; a card's QR is readable well below this. */
const MAX_FRAME_SIDE = 720;

export async function createQrDetector(): Promise<QrDetector> {
  const Native = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Native) {
    try {
      if ((await Native.getSupportedFormats()).includes('qr_code')) {
        const detector = new Native({ formats: ['qr_code'] });
        return async (video) => (await detector.detect(video))[0]?.rawValue;
      }
    } catch {
      // fall back to jsQR
    }
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2D canvas');
  return async (video) => {
    const { videoWidth: width, videoHeight: height } = video;
    if (!width || !height) return undefined;
    const scale = Math.min(1, MAX_FRAME_SIDE / Math.max(width, height));
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data || undefined;
  };
}
