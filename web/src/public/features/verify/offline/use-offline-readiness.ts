import { useEffect, useState } from 'react';
import { backgroundWorkAllowed } from '../../../lib/background-work.ts';
import type { CannotCheckReason } from './offline-check.ts';

/** Whether this phone could check a card offline now: the moment its saved status list speaks for, or why not. */
export type OfflineReadiness = { state: 'unknown' } | { state: 'ready'; revocationsAsOf: Date } | { state: 'not-ready'; reason: CannotCheckReason };

/**
 * On every load while online (and whenever the connection comes back), saves
 * fresh keys and a fresh status list for offline checks, then reports what is
 * saved. The checking code loads after the page has drawn, and after the
 * verdict of the card whose link opened the page.
 */
export function useOfflineReadiness(): OfflineReadiness {
  const [readiness, setReadiness] = useState<OfflineReadiness>({ state: 'unknown' });
  useEffect(() => {
    let current = true;
    const update = async () => {
      try {
        await backgroundWorkAllowed();
        const { refreshOfflineKit, savedKitAsOf } = await import('./offline-check.ts');
        if (navigator.onLine) await refreshOfflineKit().catch(() => undefined);
        const saved = await savedKitAsOf();
        if (current) setReadiness(saved instanceof Date ? { state: 'ready', revocationsAsOf: saved } : { state: 'not-ready', reason: saved });
      } catch {
        if (current) setReadiness({ state: 'not-ready', reason: 'no-data' });
      }
    };
    void update();
    window.addEventListener('online', update);
    return () => {
      current = false;
      window.removeEventListener('online', update);
    };
  }, []);
  return readiness;
}
