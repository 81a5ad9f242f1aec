import { formatMoment } from '../../../lib/format.ts';
import type { OfflineReadiness } from '../offline/use-offline-readiness.ts';

/** One line under the forms: whether a scan would still be checked if the signal dropped now. */
export function OfflineReadinessNote({ readiness }: { readiness: OfflineReadiness }) {
  if (readiness.state === 'unknown') return null;
  return (
    <p className="offline-note" data-offline-ready={readiness.state === 'ready' ? 'yes' : 'no'}>
      {readiness.state === 'ready'
        ? `Works offline too: scanned cards are checked on this phone, with revocations as of ${formatMoment(readiness.revocationsAsOf)}.`
        : readiness.reason === 'unsupported'
          ? 'This browser cannot check cards offline: it needs the internet for every check.'
          : 'Offline checks are not ready on this phone yet: open this page once with the internet.'}
    </p>
  );
}
