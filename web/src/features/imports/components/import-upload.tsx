import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../../../api/src/imports/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { paths } from '../../../config/paths.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useImports, useUploadImport } from '../api/imports-api.ts';
import { rowCount } from './import-labels.ts';

const STATUS_LABELS = { uploaded: 'Columns not mapped yet', previewed: 'Checked, not imported yet', running: 'Importing', done: 'Finished' } as const;

/** Step 1: choose the register's CSV file. Nothing is imported until the rows have been checked and you say so. */
export function ImportUpload() {
  const upload = useUploadImport();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  const inputId = useId();
  const recent = useImports();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (!file) return;
    upload.mutate(file, { onSuccess: (job) => void navigate(paths.imports.detail.getHref(job.id)) });
  }

  return (
    <>
      <section className="panel" aria-labelledby="upload-title">
        <h2 id="upload-title" className="section-title">
          Upload your register
        </h2>
        <p className="section-lead">
          A CSV file with a heading row, as Excel or another spreadsheet saves it (“CSV UTF-8”, comma or semicolon). Up to{' '}
          {MAX_IMPORT_BYTES / 1024 / 1024} MB and {MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows. Next you choose which column is which, and see
          every row’s problems before anything is imported.
        </p>
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor={inputId} className="field__label">
              CSV file
            </label>
            <input
              id={inputId}
              ref={input}
              type="file"
              name="file"
              accept=".csv,text/csv"
              className="input"
              aria-invalid={missing || undefined}
              aria-describedby={missing ? `${inputId}-error` : undefined}
            />
            {missing ? (
              <p id={`${inputId}-error`} className="field__error">
                Choose the CSV file to upload.
              </p>
            ) : null}
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={upload.isPending}>
              {upload.isPending ? 'Uploading…' : 'Upload and map columns'}
            </button>
          </div>
        </form>
        {upload.isError ? (
          <Alert tone="error" title="Could not read the file">
            {errorMessage(upload.error)}
          </Alert>
        ) : null}
      </section>

      {recent.data && recent.data.length > 0 ? (
        <section className="panel" aria-labelledby="recent-imports-title">
          <h2 id="recent-imports-title" className="section-title">
            Recent imports
          </h2>
          <ul className="plain-list">
            {recent.data.map((job) => (
              <li key={job.id}>
                <Link to={paths.imports.detail.getHref(job.id)}>
                  {formatDateTime(job.createdAt)}: {rowCount(job.counts.total)}
                </Link>{' '}
                <span className="muted">({STATUS_LABELS[job.status]})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
