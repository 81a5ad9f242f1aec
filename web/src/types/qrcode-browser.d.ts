/**
 * The browser half of `qrcode`, as the web app uses it. @types/qrcode also
 * types the Node half (files, streams, Buffers) and so pulls in every Node
 * type, which browser code must not see; tsconfig.web.json resolves `qrcode`
 * here instead. Vite still bundles the package's own browser build.
 */
export type QRCodeErrorCorrectionLevel = 'low' | 'medium' | 'quartile' | 'high' | 'L' | 'M' | 'Q' | 'H';

export interface QRCodeToStringOptions {
  type?: 'svg' | 'terminal' | 'utf8';
  errorCorrectionLevel?: QRCodeErrorCorrectionLevel;
  margin?: number;
  width?: number;
  color?: { dark?: string; light?: string };
}

export function toString(text: string, options?: QRCodeToStringOptions): Promise<string>;
