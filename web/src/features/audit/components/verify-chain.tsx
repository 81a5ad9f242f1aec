import { useId, useState, type ChangeEvent } from 'react';
import type { AuditChainReport, AuditCheckpointFile } from '../../../../../api/src/audit/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useDownloadAuditCheckpoints } from '../api/download-audit-checkpoints.ts';
import { useVerifyAuditChain } from '../api/verify-audit-chain.ts';

function Report({ report, againstFile }: { report: AuditChainReport; againstFile: boolean }) {
  const { t } = useTranslation();
  if (report.intact) {
    return (
      <Alert tone="success" title={t('audit.chain.intact')}>
        {t('audit.chain.intactText', { checked: report.checked, checkpoints: report.checkpoints, againstFile: againstFile ? 'yes' : 'no' })}
      </Alert>
    );
  }
  return (
    <Alert tone="error" title={t('audit.chain.broken')}>
      <p>{report.reason ? t(`audit.chain.failures.${report.reason}`) : t('audit.chain.noMatch')}</p>
      <p>
        {report.firstBrokenSeq !== null ? `${t('audit.chain.firstAt', { seq: report.firstBrokenSeq })} ` : ''}
        {report.position !== null ? `${t('audit.chain.position', { position: report.position })} ` : ''}
        {t('audit.chain.maybeChanged', { checked: report.checked })}
      </p>
      <p>{t('audit.chain.tell')}</p>
    </Alert>
  );
}

/** Checks the hash chain, its signed checkpoints and head; downloads the checkpoints to keep elsewhere, and checks against such a file. */
export function VerifyChain() {
  const { t } = useTranslation();
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
      setFileError(t('audit.chain.notAFile'));
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
          {t('audit.chain.title')}
        </h2>
        <p>{t('audit.chain.lead')}</p>
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
            {verify.isPending ? t('audit.chain.verifying') : t('audit.chain.verify')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => download.mutate()} disabled={download.isPending}>
            {download.isPending ? t('audit.chain.preparing') : t('audit.chain.download')}
          </button>
        </div>
        <p className="muted">{t('audit.chain.keepFile')}</p>
        <label className="field__label" htmlFor={fileInputId}>
          {t('audit.chain.checkFile')}
        </label>
        <input id={fileInputId} type="file" accept="application/json,.json" onChange={(e) => void checkAgainstFile(e)} disabled={verify.isPending} />
      </div>
      {fileError ? (
        <Alert tone="error" title={t('audit.chain.readFailed')}>
          {fileError}
        </Alert>
      ) : null}
      {download.isError ? (
        <Alert tone="error" title={t('audit.chain.downloadFailed')}>
          {errorMessage(download.error)}
        </Alert>
      ) : null}
      {verify.isError ? (
        <Alert tone="error" title={t('audit.chain.verifyFailed')}>
          {errorMessage(verify.error)}
        </Alert>
      ) : null}
      {report && !verify.isPending ? <Report report={report} againstFile={againstFile} /> : null}
    </section>
  );
}
