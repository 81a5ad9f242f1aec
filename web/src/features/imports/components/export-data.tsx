import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useDownloadExport } from '../api/imports-api.ts';

/** Every young carer, or every card, as a CSV file. Admins only; each download is in the audit log. */
export function ExportData() {
  const download = useDownloadExport();
  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title" className="section-title">
        Download as CSV
      </h2>
      <Alert tone="warning" title="These files hold children’s personal data">
        <p>
          Names, dates of birth and contact details of every young carer. Keep the file only on a device your organisation manages, share it
          with no one who does not need it, and delete it when you are done. Every download is recorded in the audit log with your name.
        </p>
      </Alert>
      <div className="button-row">
        <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate('holders')}>
          Download young carers (CSV)
        </button>
        <button type="button" className="button button--secondary" disabled={download.isPending} onClick={() => download.mutate('cards')}>
          Download cards (CSV)
        </button>
      </div>
      <p className="small muted">The young carers file has the headings the import reads, so it can be imported again. Caring notes and photos are never exported.</p>
      {download.isError ? (
        <Alert tone="error" title="Could not download the file">
          {errorMessage(download.error)}
        </Alert>
      ) : null}
    </section>
  );
}
