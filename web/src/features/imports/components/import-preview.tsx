import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ImportField, ImportJobView, ImportRowView, RowValues } from '../../../../../api/src/imports/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useImportRows, useRunImport, useUpdateImportRow } from '../api/imports-api.ts';
import { FIELD_OPTIONS, RESULT_LABELS, rowCount } from './import-labels.ts';

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

  return (
    <section className="panel" aria-labelledby="preview-title">
      <h2 id="preview-title" className="section-title">
        {atPreview ? 'Check the rows' : 'Rows'}
      </h2>
      {atPreview ? (
        <>
          <p className="section-lead" role="status">
            {rowCount(job.counts.ready)} ready to import, {rowCount(job.counts.problems)} with problems (left out unless you fix them),{' '}
            {rowCount(job.counts.skipped)} left out by you.
            {job.sameFileImportedBefore ? ' This very file was imported before: rows about young carers already registered are matched, not added again.' : ''}
          </p>
          <div className="button-row">
            <button type="button" className="button" disabled={run.isPending || job.counts.ready === 0} onClick={() => run.mutate()}>
              Import {rowCount(job.counts.ready)}
            </button>
          </div>
          {run.isError ? (
            <Alert tone="error" title="Could not start the import">
              {errorMessage(run.error)}
            </Alert>
          ) : null}
        </>
      ) : null}

      <div className="button-row" role="group" aria-label="Rows to show">
        <button type="button" className="button button--secondary button--small" aria-pressed={show === 'problems'} onClick={() => { setShow('problems'); setPage(1); }}>
          Rows with problems ({job.counts.problems.toLocaleString('en-GB')})
        </button>
        <button type="button" className="button button--secondary button--small" aria-pressed={show === 'all'} onClick={() => { setShow('all'); setPage(1); }}>
          All rows ({job.counts.total.toLocaleString('en-GB')})
        </button>
      </div>

      {rows.data ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{show === 'problems' ? 'Rows with problems' : 'All rows'}</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Name</th>
                <th scope="col">Date of birth</th>
                <th scope="col">Reference</th>
                <th scope="col">{atPreview ? 'Problems' : 'Outcome'}</th>
                {atPreview ? <th scope="col">Action</th> : null}
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
      {rows.data && rows.data.total === 0 ? <p>No rows to show.</p> : null}
      {pages > 1 ? (
        <nav className="button-row" aria-label="Pages of rows">
          <button type="button" className="button button--secondary button--small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Previous page
          </button>
          <span>
            Page {page} of {pages}
          </span>
          <button type="button" className="button button--secondary button--small" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            Next page
          </button>
        </nav>
      ) : null}
    </section>
  );
}

function PreviewRow({ jobId, row, editable }: { jobId: string; row: ImportRowView; editable: boolean }) {
  const update = useUpdateImportRow(jobId);
  const [fixing, setFixing] = useState(false);
  const name = [row.values.givenName, row.values.familyName].filter(Boolean).join(' ');
  const outcome = row.skipped ? 'Left out' : row.problems.length > 0 ? null : row.result ? RESULT_LABELS[row.result] : 'Ready';

  function fix(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values: RowValues = {};
    for (const { field } of FIELD_OPTIONS) {
      const value = String(form.get(field) ?? '').trim();
      if (value) values[field] = value;
    }
    update.mutate({ rowNumber: row.rowNumber, body: { values } }, { onSuccess: (updated) => setFixing(updated.problems.length > 0) });
  }

  return (
    <>
      <tr>
        <th scope="row">{row.rowNumber}</th>
        <td>
          {/* Once imported, the row's copy of the values is wiped: the record is the one place they are kept. */}
          {name || (row.holderId ? <Link to={paths.holders.detail.getHref(row.holderId)}>Open the record</Link> : <span className="muted">–</span>)}
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
                  Fix row {row.rowNumber}
                </button>
              ) : null}
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={update.isPending}
                onClick={() => update.mutate({ rowNumber: row.rowNumber, body: { skipped: !row.skipped } })}
              >
                {row.skipped ? `Include row ${row.rowNumber}` : `Leave out row ${row.rowNumber}`}
              </button>
            </div>
          </td>
        ) : null}
      </tr>
      {fixing && editable ? (
        <tr>
          <td colSpan={6}>
            <form onSubmit={fix} noValidate aria-label={`Fix row ${row.rowNumber}`} className="import-fix">
              {FIELD_OPTIONS.map(({ field, label }) => (
                <TextField key={field} label={label} name={field} defaultValue={row.values[field as ImportField] ?? ''} error={row.problems.find((p) => p.field === field)?.message} />
              ))}
              <div className="button-row">
                <button type="submit" className="button button--small" disabled={update.isPending}>
                  Check row {row.rowNumber} again
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
