import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useExportHolder } from '../api/export-holder.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

/**
 * Admins: the whole record for a subject access request (UK GDPR Art. 15),
 * as JSON or a readable PDF. The file holds a child's personal data, so the
 * page says so before the buttons.
 */
export function HolderExport({ holderId }: { holderId: string }) {
  const { t } = useTranslation();
  const download = useExportHolder();
  return (
    <div className="holder-export">
      <Alert tone="warning" title={t('holders.export.warning')}>
        <p>
          {t('holders.export.text')}
        </p>
      </Alert>
      <p className="holder-export__buttons">
        <button type="button" className="button button--secondary" disabled={download.isPending} onClick={() => download.mutate({ holderId, format: 'pdf' })}>
          {t('holders.export.pdf')}
        </button>{' '}
        <button type="button" className="button button--secondary" disabled={download.isPending} onClick={() => download.mutate({ holderId, format: 'json' })}>
          {t('holders.export.json')}
        </button>
      </p>
      {download.isError ? (
        <p className="field__error" role="alert">
          {errorMessage(download.error)}
        </p>
      ) : null}
    </div>
  );
}
