import { useTranslation } from '../../../../i18n/use-translation.ts';
import { formatMoment } from '../../../../i18n/dates.ts';
import type { OfflineReadiness } from '../offline/use-offline-readiness.ts';

/** One line under the forms: whether a scan would still be checked if the signal dropped now. */
export function OfflineReadinessNote({ readiness }: { readiness: OfflineReadiness }) {
  const { t } = useTranslation();
  if (readiness.state === 'unknown') return null;
  return (
    <p className="offline-note" data-offline-ready={readiness.state === 'ready' ? 'yes' : 'no'}>
      {readiness.state === 'ready'
        ? t('verify.offlineNote.ready', { moment: formatMoment(readiness.revocationsAsOf) })
        : t(readiness.reason === 'unsupported' ? 'verify.offlineNote.unsupported' : 'verify.offlineNote.notReady')}
    </p>
  );
}
