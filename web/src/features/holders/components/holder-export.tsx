import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useExportHolder } from '../api/export-holder.ts';

/**
 * Admins: the whole record for a subject access request (UK GDPR Art. 15),
 * as JSON or a readable PDF. The file holds a child's personal data, so the
 * page says so before the buttons.
 */
export function HolderExport({ holderId }: { holderId: string }) {
  const download = useExportHolder();
  return (
    <div className="holder-export">
      <Alert tone="warning" title="This file holds a child’s personal data">
        <p>
          Export only to answer a subject access request. Give it only to the young carer or the person entitled to it, send it securely, and delete your copy when it is done.
          The staff-only caring note is left out (it can be about the person cared for); the file says whether there is one, for you to review. Every export is logged.
        </p>
      </Alert>
      <p className="holder-export__buttons">
        <button type="button" className="button button--secondary" disabled={download.isPending} onClick={() => download.mutate({ holderId, format: 'pdf' })}>
          Export the record (PDF)
        </button>{' '}
        <button type="button" className="button button--secondary" disabled={download.isPending} onClick={() => download.mutate({ holderId, format: 'json' })}>
          Export the record (JSON)
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
