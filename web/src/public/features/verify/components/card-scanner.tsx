import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../../components/ui/alert.tsx';
import { tokenFromScan } from '../card-link.ts';
import { createQrDetector } from '../scanner/qr-detector.ts';

type CameraProblem = 'denied' | 'no-camera' | 'busy' | 'unavailable';

const PROBLEM_TEXT: Record<CameraProblem, { title: string; body: string }> = {
  denied: {
    title: 'The camera is blocked for this page',
    body: 'Allow the camera for this site in your browser’s settings and try again, or type the card number below. Your phone’s own camera app can also scan the card.',
  },
  'no-camera': { title: 'No camera found', body: 'Type the card number below instead.' },
  busy: { title: 'The camera is in use', body: 'Close other apps using the camera and try again, or type the card number below.' },
  unavailable: {
    title: 'This browser cannot use the camera here',
    body: 'Scan the card with your phone’s own camera app, or type the card number below.',
  },
};

const SCAN_INTERVAL_MS = 150;

/**
 * The in-page scanner: asks for the camera only once "Scan a card" was
 * pressed, reads frames until a card's QR code shows up, and stops the camera
 * as soon as it has one, is closed, or the page changes.
 */
export function CardScanner({ onToken, onClose }: { onToken: (token: string) => void; onClose: () => void }) {
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
        <Alert tone="error" title={PROBLEM_TEXT[problem].title}>
          <p>{PROBLEM_TEXT[problem].body}</p>
        </Alert>
        <button type="button" className="button" onClick={onClose}>
          Close the scanner
        </button>
      </div>
    );
  }
  return (
    <div className="scanner">
      <div className="scanner__view">
        <video ref={video} className="scanner__video" muted playsInline aria-label="Camera view" />
        <div className="scanner__frame" aria-hidden="true" />
      </div>
      <p className="scanner__status" role="status">
        {!running ? 'Starting the camera…' : notACard ? 'That QR code is not a young carer card. Try the one on the back of the card.' : 'Hold the QR code on the back of the card inside the frame.'}
      </p>
      <button type="button" className="button" onClick={onClose}>
        Stop scanning
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
