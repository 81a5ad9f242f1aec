import { useId, type ReactNode } from 'react';
import type { ImportJobView } from '../../../../../api/src/imports/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useDownloadImportReport, useImport } from '../api/imports-api.ts';
import { ImportCards } from './import-cards.tsx';
import { ImportMapping } from './import-mapping.tsx';
import { ImportPreview } from './import-preview.tsx';

/**
 * One import, at whatever step it is: map and check, running (the page
 * polls; a reload carries on showing progress), finished (report, then a
 * card for everyone imported, then their print sheet).
 */
export function ImportJob({ id, renderPrint }: { id: string; renderPrint: (cardIds: string[]) => ReactNode }) {
  const job = useImport(id);
  const { t } = useTranslation();
  if (job.isPending) return <Loading />;
  if (job.isError) {
    return (
      <Alert tone="error" title={t('imports.job.loadFailed')}>
        {errorMessage(job.error)}
      </Alert>
    );
  }
  const current = job.data;
  return (
    <>
      {current.status === 'uploaded' || current.status === 'previewed' ? <ImportMapping key={current.status} job={current} /> : null}
      {current.status === 'running' ? <ImportProgress job={current} /> : null}
      {current.status === 'done' ? <ImportFinished job={current} renderPrint={renderPrint} /> : null}
      {current.status !== 'uploaded' ? <ImportPreview job={current} /> : null}
    </>
  );
}

function ImportProgress({ job }: { job: ImportJobView }) {
  const progressId = useId();
  const total = Math.max(job.counts.ready, 1);
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="progress-title">
      <h2 id="progress-title" className="section-title">
        {t('imports.job.running')}
      </h2>
      <label htmlFor={progressId} className="field__label">
        {t('imports.job.progress')}
      </label>
      <progress id={progressId} className="print-progress__bar" max={total} value={job.counts.done}>
        {t('imports.job.progressValue', { done: job.counts.done, total: job.counts.ready })}
      </progress>
      <p role="status">{t('imports.job.progressText', { done: job.counts.done, count: job.counts.ready })}</p>
    </section>
  );
}

function ImportFinished({ job, renderPrint }: { job: ImportJobView; renderPrint: (cardIds: string[]) => ReactNode }) {
  const report = useDownloadImportReport(job.id);
  const { counts } = job;
  const notImported = counts.problems + counts.skipped + counts.matchedSkipped + counts.duplicate;
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="finished-title">
      <h2 id="finished-title" className="section-title">
        {t('imports.job.finished')}
      </h2>
      <ul className="import-summary">
        <li>{t('imports.job.created', { count: counts.created })}</li>
        <li>{t('imports.job.updated', { count: counts.updated })}</li>
        <li>{t('imports.job.unchanged', { count: counts.unchanged })}</li>
        {counts.matchedSkipped > 0 ? <li>{t('imports.job.matchedSkipped', { count: counts.matchedSkipped })}</li> : null}
        <li>{t('imports.job.notImported', { count: counts.problems + counts.skipped })}</li>
      </ul>
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={report.isPending} onClick={() => report.mutate()}>
          {t('imports.job.report', { count: notImported })}
        </button>
      </div>
      {report.isError ? <p className="field__error">{errorMessage(report.error)}</p> : null}

      <ImportCards job={job} renderPrint={renderPrint} />
    </section>
  );
}
