import { useId, type ReactNode } from 'react';
import type { ImportJobView } from '../../../../../api/src/imports/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useDownloadImportReport, useImport } from '../api/imports-api.ts';
import { ImportCards } from './import-cards.tsx';
import { ImportMapping } from './import-mapping.tsx';
import { ImportPreview } from './import-preview.tsx';
import { rowCount } from './import-labels.ts';

/**
 * One import, at whatever step it is: map and check, running (the page
 * polls; a reload carries on showing progress), finished (report, then a
 * card for everyone imported, then their print sheet).
 */
export function ImportJob({ id, renderPrint }: { id: string; renderPrint: (cardIds: string[]) => ReactNode }) {
  const job = useImport(id);
  if (job.isPending) return <Loading />;
  if (job.isError) {
    return (
      <Alert tone="error" title="Could not load this import">
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
  return (
    <section className="panel" aria-labelledby="progress-title">
      <h2 id="progress-title" className="section-title">
        Importing
      </h2>
      <label htmlFor={progressId} className="field__label">
        Import progress
      </label>
      <progress id={progressId} className="print-progress__bar" max={total} value={job.counts.done}>
        {job.counts.done} of {job.counts.ready}
      </progress>
      <p role="status">
        {job.counts.done.toLocaleString('en-GB')} of {rowCount(job.counts.ready)} done. You can leave this page: the import carries on, and this page shows
        where it is when you come back.
      </p>
    </section>
  );
}

function ImportFinished({ job, renderPrint }: { job: ImportJobView; renderPrint: (cardIds: string[]) => ReactNode }) {
  const report = useDownloadImportReport(job.id);
  const { counts } = job;
  const notImported = counts.problems + counts.skipped + counts.matchedSkipped + counts.duplicate;
  return (
    <section className="panel" aria-labelledby="finished-title">
      <h2 id="finished-title" className="section-title">
        Import finished
      </h2>
      <ul className="import-summary">
        <li>{rowCount(counts.created)} added as new young carers</li>
        <li>{rowCount(counts.updated)} updated young carers already registered</li>
        <li>{rowCount(counts.unchanged)} already up to date</li>
        {counts.matchedSkipped > 0 ? <li>{rowCount(counts.matchedSkipped)} already registered and left as they were</li> : null}
        <li>{rowCount(counts.problems + counts.skipped)} not imported (problems, or left out)</li>
      </ul>
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={report.isPending} onClick={() => report.mutate()}>
          Download the report of rows not imported ({rowCount(notImported)})
        </button>
      </div>
      {report.isError ? <p className="field__error">{errorMessage(report.error)}</p> : null}

      <ImportCards job={job} renderPrint={renderPrint} />
    </section>
  );
}
