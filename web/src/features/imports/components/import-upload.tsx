import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../../../../api/src/imports/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { paths } from '../../../config/paths.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useImports, useUploadImport } from '../api/imports-api.ts';
import { dateFormat } from '../../../i18n/dates.ts';

/** Step 1: choose the register's CSV file. Nothing is imported until the rows have been checked and you say so. */
export function ImportUpload() {
  const upload = useUploadImport();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const inputId = useId();
  const recent = useImports();
  const { t } = useTranslation();
  const when = dateFormat('dayTime');
  const missingMessage = t('imports.upload.fileMissing');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    setMissing(!file);
    if (!file) {
      setFailedAttempts((n) => n + 1);
      return;
    }
    upload.mutate(file, { onSuccess: (job) => void navigate(paths.imports.detail.getHref(job.id)) });
  }

  return (
    <>
      <section className="panel" aria-labelledby="upload-title">
        <h2 id="upload-title" className="section-title">
          {t('imports.upload.title')}
        </h2>
        <p className="section-lead">{t('imports.upload.lead', { megabytes: MAX_IMPORT_BYTES / 1024 / 1024, rows: MAX_IMPORT_ROWS })}</p>
        <form onSubmit={submit} noValidate>
          <ErrorSummary items={missing ? [{ message: missingMessage, fieldId: inputId, fieldName: 'file' }] : []} focusKey={failedAttempts} />
          <div className={missing ? 'field field--invalid' : 'field'}>
            <label htmlFor={inputId} className="field__label">
              {t('imports.upload.file')}
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
                <span className="visually-hidden">{t('imports.upload.errorPrefix')}</span>
                {missingMessage}
              </p>
            ) : null}
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={upload.isPending}>
              {upload.isPending ? t('imports.upload.uploading') : t('imports.upload.submit')}
            </button>
          </div>
        </form>
        {upload.isError ? (
          <Alert tone="error" title={t('imports.upload.failed')}>
            {errorMessage(upload.error)}
          </Alert>
        ) : null}
      </section>

      {recent.data && recent.data.length > 0 ? (
        <section className="panel" aria-labelledby="recent-imports-title">
          <h2 id="recent-imports-title" className="section-title">
            {t('imports.upload.recent')}
          </h2>
          <ul className="plain-list">
            {recent.data.map((job) => (
              <li key={job.id}>
                <Link to={paths.imports.detail.getHref(job.id)}>
                  {t('imports.upload.recentItem', { when: when.format(new Date(job.createdAt)), count: job.counts.total })}
                </Link>{' '}
                <span className="muted">({t(`imports.status.${job.status}`)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
