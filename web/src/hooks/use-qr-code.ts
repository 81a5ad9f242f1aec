import { useEffect, useState } from 'react';

/**
 * A QR code of `text` as an SVG data URL for an <img>, or null until it is
 * drawn (or when `text` is null). The `qrcode` library is fetched the first
 * time one is needed, so it stays out of the app's first download.
 */
export function useQrCode(text: string | null): string | null {
  const [qr, setQr] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    if (!text) return;
    let current = true;
    void import('qrcode')
      .then((QRCode) => QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }))
      .then((svg) => {
        if (current) setQr({ text, url: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
      })
      // Without the QR code, what it holds is printed beside it anyway.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [text]);
  return text && qr?.text === text ? qr.url : null;
}
