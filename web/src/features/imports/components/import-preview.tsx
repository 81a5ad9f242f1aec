import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ImportField, ImportJobView, ImportRowView, RowValues } from '../../../../../api/src/imports/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/ui/error-summary.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useImportRows, useRunImport, useUpdateImportRow } from '../api/imports-api.ts';
import { FIELD_OPTIONS, RESULT_KEYS } from './import-labels.ts';

const PAGE_SIZE = 25;

/**
 * Step 3, the dry run's answer: how many rows are ready, each row's problems
 * in words, and for each row "fix" (edit its values, checked again) or
 * "leave out". Then the import itself. After the run the same table shows
 * what became of each row.
 */
export function ImportPreview({ job }: { job: ImportJobView }) {
  const [show, setShow] = useState<'all' | 'problems'>(job.counts.problems > 0 ? 'problems' : 'all');
  const [page, setPage] = useState(1);
  const rows = useImportRows(job.id, show, page, job.status !== 'uploaded');
  const run = useRunImport(job.id);
  const atPreview = job.status === 'previewed';
  const pages = Math.max(1, Math.ceil((rows.data?.total ?? 0) / PAGE_SIZE));
  const { t } = useTranslation();

  return (
    <section className="panel" aria-labelledby="preview-title">
      <h2 id="preview-title" className="section-title">
        {atPreview ? t('imports.preview.title') : t('imports.preview.titleAfter')}
      </h2>
      {atPreview ? (
        <>
          <p className="section-lead" role="status">
            {t('imports.preview.counts', { ready: job.counts.ready, problems: job.counts.problems, skipped: job.counts.skipped })}
            {job.sameFileImportedBefore ? ` ${t('imports.preview.sameFile')}` : ''}
          </p>
          <div className="button-row">
            <button type="button" className="button" disabled={run.isPending || job.counts.ready === 0} onClick={() => run.mutate()}>
              {t('imports.preview.run', { count: job.counts.ready })}
            </button>
          </div>
          {run.isError ? (
            <Alert tone="error" title={t('imports.preview.runFailed')}>
              {errorMessage(run.error)}
            </Alert>
          ) : null}
        </>
      ) : null}

      <div className="button-row" role="group" aria-label={t('imports.preview.show')}>
        <button type="button" className="button button--secondary button--small" aria-pressed={show === 'problems'} onClick={() => { setShow('problems'); setPage(1); }}>
          {t('imports.preview.showProblems', { count: job.counts.problems })}
        </button>
        <button type="button" className="button button--secondary button--small" aria-pressed={show === 'all'} onClick={() => { setShow('all'); setPage(1); }}>
          {t('imports.preview.showAll', { count: job.counts.total })}
        </button>
      </div>

      {rows.data ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{show === 'problems' ? t('imports.preview.captionProblems') : t('imports.preview.captionAll')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('imports.preview.row')}</th>
                <th scope="col">{t('imports.preview.name')}</th>
                <th scope="col">{t('imports.fields.dateOfBirth')}</th>
                <th scope="col">{t('imports.fields.reference')}</th>
                <th scope="col">{atPreview ? t('imports.preview.problems') : t('imports.preview.outcome')}</th>
                {atPreview ? <th scope="col">{t('imports.preview.action')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {rows.data.items.map((row) => (
                <PreviewRow key={row.rowNumber} jobId={job.id} row={row} editable={atPreview} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {rows.data && rows.data.total === 0 ? <p>{t('imports.preview.noRows')}</p> : null}
      {pages > 1 ? (
        <nav className="button-row" aria-label={t('imports.preview.pages')}>
          <button type="button" className="button button--secondary button--small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('imports.preview.previous')}
          </button>
          <span>{t('imports.preview.page', { page, pages })}</span>
          <button type="button" className="button button--secondary button--small" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t('imports.preview.next')}
          </button>
        </nav>
      ) : null}
    </section>
  );
}

function PreviewRow({ jobId, row, editable }: { jobId: string; row: ImportRowView; editable: boolean }) {
  const update = useUpdateImportRow(jobId);
  const [fixing, setFixing] = useState(false);
  /** Fixes sent: each one that comes back with problems moves the cursor to the summary (leaving a row out does not). */
  const [fixesSent, setFixesSent] = useState(0);
  const { t } = useTranslation();
  const name = [row.values.givenName, row.values.familyName].filter(Boolean).join(' ');
  const outcome = row.skipped ? t('imports.result.skipped') : row.problems.length > 0 ? null : row.result ? t(`imports.result.${RESULT_KEYS[row.result]}`) : t('imports.result.ready');

  const fixId = useId();
  // Once a fix is sent and comes back with problems, the summary lists them and takes the cursor.
  const fixSummary: ErrorSummaryItem[] = row.problems.flatMap((problem) =>
    FIELD_OPTIONS.some(({ field }) => field === problem.field) ? [{ message: problem.message, fieldId: `${fixId}-${problem.field}` }] : [],
  );

  function fix(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values: RowValues = {};
    for (const { field } of FIELD_OPTIONS) {
      const value = String(form.get(field) ?? '').trim();
      if (value) values[field] = value;
    }
    update.mutate(
      { rowNumber: row.rowNumber, body: { values } },
      {
        onSuccess: (updated) => {
          setFixing(updated.problems.length > 0);
          if (updated.problems.length > 0) setFixesSent((n) => n + 1);
        },
      },
    );
  }

  return (
    <>
      <tr>
        <th scope="row">{row.rowNumber}</th>
        <td>
          {/* Once imported, the row's copy of the values is wiped: the record is the one place they are kept. */}
          {name || (row.holderId ? <Link to={paths.holders.detail.getHref(row.holderId)}>{t('imports.preview.openRecord')}</Link> : <span className="muted">–</span>)}
        </td>
        <td>{row.values.dateOfBirth ?? <span className="muted">–</span>}</td>
        <td className="break-anywhere">{row.values.reference ?? <span className="muted">–</span>}</td>
        <td>
          {outcome ?? (
            <ul className="import-problems">
              {row.problems.map((problem, index) => (
                <li key={index}>{problem.message}</li>
              ))}
            </ul>
          )}
        </td>
        {editable ? (
          <td>
            <div className="button-row">
              {row.problems.length > 0 && !row.skipped ? (
                <button type="button" className="button button--secondary button--small" aria-expanded={fixing} onClick={() => setFixing(!fixing)}>
                  {t('imports.preview.fix', { row: row.rowNumber })}
                </button>
              ) : null}
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={update.isPending}
                onClick={() => update.mutate({ rowNumber: row.rowNumber, body: { skipped: !row.skipped } })}
              >
                {row.skipped ? t('imports.preview.include', { row: row.rowNumber }) : t('imports.preview.leaveOut', { row: row.rowNumber })}
              </button>
            </div>
          </td>
        ) : null}
      </tr>
      {fixing && editable ? (
        <tr>
          <td colSpan={6}>
            <form onSubmit={fix} noValidate aria-label={t('imports.preview.fix', { row: row.rowNumber })} className="import-fix">
              <ErrorSummary items={fixSummary} focusKey={fixesSent} />
              {FIELD_OPTIONS.map(({ field }) => (
                <TextField
                  key={field}
                  id={`${fixId}-${field}`}
                  label={t(`imports.fields.${field}`)}
                  name={field}
                  defaultValue={row.values[field as ImportField] ?? ''}
                  error={row.problems.find((p) => p.field === field)?.message}
                />
              ))}
              <div className="button-row">
                <button type="submit" className="button button--small" disabled={update.isPending}>
                  {t('imports.preview.checkRow', { row: row.rowNumber })}
                </button>
              </div>
              {update.isError ? <p className="field__error">{errorMessage(update.error)}</p> : null}
            </form>
          </td>
        </tr>
      ) : null}
    </>
  );
}
