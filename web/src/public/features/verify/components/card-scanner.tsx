import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../../components/ui/alert.tsx';
import { useTranslation } from '../../../../i18n/use-translation.ts';
import { tokenFromScan } from '../card-link.ts';
import { createQrDetector } from '../scanner/qr-detector.ts';

type CameraProblem = 'denied' | 'no-camera' | 'busy' | 'unavailable';

const SCAN_INTERVAL_MS = 150;

/**
 * The in-page scanner: asks for the camera only once "Scan a card" was
 * pressed, reads frames until a card's QR code shows up, and stops the camera
 * as soon as it has one, is closed, or the page changes.
 */
export function CardScanner({ onToken, onClose }: { onToken: (token: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<CameraProblem | null>(null);
  const [running, setRunning] = useState(false);
  const [notACard, setNotACard] = useState(false);
  const latestOnToken = useRef(onToken);
  useEffect(() => {
    latestOnToken.current = onToken;
  }, [onToken]);

  useEffect(() => {
    let stream: MediaStream | undefined;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) return setProblem('unavailable');
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: 'environment' } }, audio: false });
      } catch (error) {
        return setProblem(cameraProblem(error));
      }
      const element = video.current;
      if (stopped || !element) return stop();
      element.srcObject = stream;
      try {
        await element.play();
      } catch {
        // autoplay rules: muted, inline video plays; if not, frames still arrive
      }
      let detect;
      try {
        detect = await createQrDetector();
      } catch {
        stop();
        return setProblem('unavailable');
      }
      setRunning(true);
      const scan = async () => {
        if (stopped) return;
        const text = await detect(element).catch(() => undefined);
        if (stopped) return;
        if (text) {
          const token = tokenFromScan(text);
          if (token) {
            stop();
            latestOnToken.current(token);
            return;
          }
          setNotACard(true);
        }
        timer = setTimeout(() => void scan(), SCAN_INTERVAL_MS);
      };
      void scan();
    })();
    return stop;
  }, []);

  if (problem) {
    return (
      <div className="scanner scanner--problem">
        <Alert tone="error" title={t(`verify.scanner.problems.${problem}.title`)}>
          <p>{t(`verify.scanner.problems.${problem}.body`)}</p>
        </Alert>
        <button type="button" className="button" onClick={onClose}>
          {t('verify.scanner.close')}
        </button>
      </div>
    );
  }
  return (
    <div className="scanner">
      <div className="scanner__view">
        <video ref={video} className="scanner__video" muted playsInline aria-label={t('verify.scanner.cameraView')} />
        <div className="scanner__frame" aria-hidden="true" />
      </div>
      <p className="scanner__status" role="status">
        {t(!running ? 'verify.scanner.starting' : notACard ? 'verify.scanner.notACard' : 'verify.scanner.hold')}
      </p>
      <button type="button" className="button" onClick={onClose}>
        {t('verify.scanner.stop')}
      </button>
    </div>
  );
}

function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-camera';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'unavailable';
}
