import { Alert } from '../../../components/ui/alert.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useDownloadExport } from '../api/imports-api.ts';

/** Every young carer, or every card, as a CSV file. Admins only; each download is in the audit log. */
export function ExportData() {
  const download = useDownloadExport();
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title" className="section-title">
        {t('imports.export.title')}
      </h2>
      <Alert tone="warning" title={t('imports.export.warningTitle')}>
        <p>{t('imports.export.warning')}</p>
      </Alert>
      <div className="button-row">
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('holders')}>
          {t('imports.export.holders')}
        </button>
        <button type="button" className="button button--secondary" disabled={download.isPending} onClick={() => download.mutate('cards')}>
          {t('imports.export.cards')}
        </button>
      </div>
      <p className="small muted">{t('imports.export.note')}</p>
      {download.isError ? (
        <Alert tone="error" title={t('imports.export.failed')}>
          {errorMessage(download.error)}
        </Alert>
      ) : null}
    </section>
  );
}
