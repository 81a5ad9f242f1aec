import { useId, useState, type FormEvent } from 'react';
import type { ImportField, ImportJobView, ImportMapping as Mapping, OnMatch } from '../../../../../api/src/imports/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/ui/error-summary.tsx';
import { RadioGroupField, SelectField, TextField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useMapImport } from '../api/imports-api.ts';
import { FIELD_OPTIONS } from './import-labels.ts';

type Defaults = Mapping['defaults'];

/** The API names a column's field as `mapping.fields.givenName`, a default as `mapping.defaults.consentAt`. */
const refusedPath = (error: unknown): string | null => (error instanceof ApiError && error.field ? error.field : null);

/**
 * Step 2: which column fills which field, what every row gets for consent
 * when the register has no column for it, and what a row about someone
 * already registered does. Starts from the mapping remembered from the last
 * import (matched by heading), or a guess from the headings.
 */
export function ImportMapping({ job }: { job: ImportJobView }) {
  const map = useMapImport(job.id);
  const { t } = useTranslation();
  const formId = useId();
  const [fields, setFields] = useState<Partial<Record<ImportField, string>>>(() =>
    Object.fromEntries(Object.entries(job.mapping?.fields ?? {}).map(([field, index]) => [field, String(index)])),
  );
  const [defaults, setDefaults] = useState<Defaults>(job.mapping?.defaults ?? {});
  const inputId = (field: string) => `${formId}-${field}`;
  const [failedAttempts, setFailedAttempts] = useState(0);
  const [missing, setMissing] = useState<ImportField[]>([]);

  /** A required field needs a column, or (for consent) a default every row gets. */
  function missingFields(): ImportField[] {
    return FIELD_OPTIONS.filter(({ field, required }) => required && !fields[field] && !(field in defaults && defaults[field as keyof Defaults])).map(({ field }) => field);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = missingFields();
    setMissing(found);
    if (found.length > 0) {
      setFailedAttempts((n) => n + 1);
      return;
    }
    const chosen = Object.fromEntries(Object.entries(fields).filter(([, index]) => index !== '' && index !== undefined).map(([field, index]) => [field, Number(index)]));
    const cleanDefaults = Object.fromEntries(Object.entries(defaults).filter(([, value]) => value)) as Defaults;
    const onMatch = (new FormData(event.currentTarget).get('onMatch') ?? job.onMatch) as OnMatch;
    map.mutate({ mapping: { fields: chosen, defaults: cleanDefaults }, onMatch });
  }

  const refused = refusedPath(map.error);
  const errorFor = (field: ImportField): string | undefined =>
    missing.includes(field)
      ? t('imports.mapping.columnMissing', { field: t(`imports.fields.${field}`) })
      : refused === `mapping.fields.${field}`
        ? errorMessage(map.error)
        : undefined;
  const defaultErrorFor = (field: keyof Defaults): string | undefined => (refused === `mapping.defaults.${field}` ? errorMessage(map.error) : undefined);
  const summary: ErrorSummaryItem[] = FIELD_OPTIONS.flatMap(({ field }) => {
    const message = errorFor(field) ?? (field === 'consentAt' || field === 'consentBy' || field === 'consentMethod' ? defaultErrorFor(field) : undefined);
    return message ? [{ message, fieldId: errorFor(field) ? inputId(field) : inputId(`default-${field}`) }] : [];
  });
  const placed = refused !== null && summary.some((item) => item.message === errorMessage(map.error));

  return (
    <section className="panel" aria-labelledby="mapping-title">
      <h2 id="mapping-title" className="section-title">
        {t('imports.mapping.title')}
      </h2>
      <p className="section-lead">
        {job.mappingRemembered ? `${t('imports.mapping.remembered')} ` : ''}
        {t('imports.mapping.lead')}
      </p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary items={summary} focusKey={failedAttempts} refusal={map.error} />
        <div className="import-mapping">
          {FIELD_OPTIONS.map(({ field, required }) => (
            <SelectField
              key={field}
              id={inputId(field)}
              label={required ? t(`imports.fields.${field}`) : t('imports.mapping.optional', { field: t(`imports.fields.${field}`) })}
              value={fields[field] ?? ''}
              error={errorFor(field)}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setFields((current) => ({ ...current, [field]: value }));
              }}
            >
              <option value="">{t('imports.mapping.notInFile')}</option>
              {job.columns.map((column, index) => (
                <option key={index} value={String(index)}>
                  {column}
                </option>
              ))}
            </SelectField>
          ))}
        </div>

        <fieldset className="field radio-group import-defaults">
          <legend className="field__label">{t('imports.mapping.defaultsLegend')}</legend>
          <div className="import-mapping">
            <SelectField
              id={inputId('default-consentBy')}
              label={t('imports.fields.consentBy')}
              value={defaults.consentBy ?? ''}
              error={defaultErrorFor('consentBy')}
              onChange={(event) => setDefaults({ ...defaults, consentBy: (event.currentTarget.value || undefined) as Defaults['consentBy'] })}
            >
              <option value="">{t('imports.mapping.noDefault')}</option>
              <option value="young_carer">{t('imports.consentBy.young_carer')}</option>
              <option value="parent">{t('imports.consentBy.parent')}</option>
              <option value="guardian">{t('imports.consentBy.guardian')}</option>
              <option value="professional">{t('imports.consentBy.professional')}</option>
            </SelectField>
            <SelectField
              id={inputId('default-consentMethod')}
              label={t('imports.fields.consentMethod')}
              value={defaults.consentMethod ?? ''}
              error={defaultErrorFor('consentMethod')}
              onChange={(event) => setDefaults({ ...defaults, consentMethod: (event.currentTarget.value || undefined) as Defaults['consentMethod'] })}
            >
              <option value="">{t('imports.mapping.noDefault')}</option>
              <option value="written">{t('imports.consentMethod.written')}</option>
              <option value="verbal">{t('imports.consentMethod.verbal')}</option>
              <option value="online">{t('imports.consentMethod.online')}</option>
            </SelectField>
            <TextField
              id={inputId('default-consentAt')}
              label={t('imports.fields.consentAt')}
              type="date"
              value={defaults.consentAt ?? ''}
              error={defaultErrorFor('consentAt')}
              onChange={(event) => setDefaults({ ...defaults, consentAt: event.currentTarget.value || undefined })}
            />
          </div>
        </fieldset>

        <RadioGroupField
          legend={t('imports.mapping.onMatchLegend')}
          name="onMatch"
          defaultValue={job.onMatch}
          options={[
            { value: 'update', label: t('imports.mapping.onMatchUpdate') },
            { value: 'skip', label: t('imports.mapping.onMatchSkip') },
          ]}
        />

        <div className="button-row">
          <button type="submit" className="button" disabled={map.isPending}>
            {map.isPending ? t('imports.mapping.checking') : job.status === 'previewed' ? t('imports.mapping.checkAgain') : t('imports.mapping.check')}
          </button>
        </div>
      </form>
      {map.isError && !placed ? (
        <Alert tone="error" title={t('imports.mapping.failed')}>
          {errorMessage(map.error)}
        </Alert>
      ) : null}
    </section>
  );
}
