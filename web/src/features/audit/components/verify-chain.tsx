import { useId, useState, type ChangeEvent } from 'react';
import type { AuditChainFailure, AuditChainReport, AuditCheckpointFile } from '../../../../../api/src/audit/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useDownloadAuditCheckpoints } from '../api/download-audit-checkpoints.ts';
import { useVerifyAuditChain } from '../api/verify-audit-chain.ts';

/** Each failure in words a person can act on. */
const FAILURE_WORDS: Record<AuditChainFailure, string> = {
  link_broken: 'An event was changed, or no longer links to the event before it.',
  gap: 'An event is missing from the middle of the log.',
  head_mismatch: 'The signed record of the newest event does not match the log: events were removed from the end, or added without the server’s audit key.',
  head_signature_invalid: 'The signed record of the newest event was not signed with this server’s audit key: it was changed in the database.',
  checkpoint_mismatch: 'A signed checkpoint names an event that is now missing or different: the log was cut back or rolled back to an earlier state.',
  checkpoint_signature_invalid: 'A checkpoint was not signed with this server’s audit key: it was changed or made up.',
  checkpoint_key_mismatch: 'The checkpoint file was signed with a different audit key than this server has now: the key was replaced, or the file is from another server.',
};

function Report({ report, againstFile }: { report: AuditChainReport; againstFile: boolean }) {
  const checked = report.checked.toLocaleString('en-GB');
  if (report.intact) {
    return (
      <Alert tone="success" title="Chain intact">
        All {checked} events were checked{report.checkpoints > 0 ? `, with ${report.checkpoints.toLocaleString('en-GB')} signed checkpoints` : ''}
        {againstFile ? ', including those in your file' : ''}. None has been changed or removed.
      </Alert>
    );
  }
  return (
    <Alert tone="error" title="Chain broken">
      <p>{report.reason ? FAILURE_WORDS[report.reason] : 'The chain does not match.'}</p>
      <p>
        {report.firstBrokenSeq !== null ? `First found at event #${report.firstBrokenSeq}. ` : ''}
        {report.position !== null ? `Position ${report.position.toLocaleString('en-GB')} in the chain. ` : ''}
        The audit log may have been changed outside this app ({checked} events checked).
      </p>
      <p>Tell whoever runs the server, and keep a copy of the database as it is now.</p>
    </Alert>
  );
}

/** Checks the hash chain, its signed checkpoints and head; downloads the checkpoints to keep elsewhere, and checks against such a file. */
export function VerifyChain() {
  const verify = useVerifyAuditChain();
  const download = useDownloadAuditCheckpoints();
  const fileInputId = useId();
  const [fileError, setFileError] = useState<string | undefined>();
  const [againstFile, setAgainstFile] = useState(false);
  const report = verify.data;

  async function checkAgainstFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!chosen) return;
    let parsed: AuditCheckpointFile;
    try {
      parsed = JSON.parse(await chosen.text()) as AuditCheckpointFile;
    } catch {
      setFileError('That file is not a checkpoint file downloaded from this page.');
      return;
    }
    setFileError(undefined);
    setAgainstFile(true);
    verify.mutate(parsed);
  }

  return (
    <section className="verify-chain" aria-labelledby="verify-chain-title">
      <div className="verify-chain__intro">
        <h2 id="verify-chain-title" className="section-title">
          Integrity check
        </h2>
        <p>
          Every event carries a hash of the one before it, and the newest event and regular checkpoints are signed with a
          key kept outside the database, so changing, removing or adding past events shows.
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setAgainstFile(false);
              verify.mutate(undefined);
            }}
            disabled={verify.isPending}
          >
            {verify.isPending ? 'Verifying…' : 'Verify chain'}
          </button>
          <button type="button" className="button button--secondary" onClick={() => download.mutate()} disabled={download.isPending}>
            {download.isPending ? 'Preparing…' : 'Download checkpoints'}
          </button>
        </div>
        <p className="muted">
          Keep the downloaded file somewhere other than this server. Checking the log against it later shows if the whole
          database was put back to an earlier state.
        </p>
        <label className="field__label" htmlFor={fileInputId}>
          Check against a saved checkpoint file
        </label>
        <input id={fileInputId} type="file" accept="application/json,.json" onChange={(e) => void checkAgainstFile(e)} disabled={verify.isPending} />
      </div>
      {fileError ? (
        <Alert tone="error" title="Could not read the file">
          {fileError}
        </Alert>
      ) : null}
      {download.isError ? (
        <Alert tone="error" title="Could not download the checkpoints">
          {errorMessage(download.error)}
        </Alert>
      ) : null}
      {verify.isError ? (
        <Alert tone="error" title="Could not verify the chain">
          {errorMessage(verify.error)}
        </Alert>
      ) : null}
      {report && !verify.isPending ? <Report report={report} againstFile={againstFile} /> : null}
    </section>
  );
}
