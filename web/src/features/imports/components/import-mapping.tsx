import { useState, type FormEvent } from 'react';
import type { ImportField, ImportJobView, ImportMapping as Mapping, OnMatch } from '../../../../../api/src/imports/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { RadioGroupField, SelectField, TextField } from '../../../components/ui/field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useMapImport } from '../api/imports-api.ts';
import { FIELD_OPTIONS } from './import-labels.ts';

type Defaults = Mapping['defaults'];

/**
 * Step 2: which column fills which field, what every row gets for consent
 * when the register has no column for it, and what a row about someone
 * already registered does. Starts from the mapping remembered from the last
 * import (matched by heading), or a guess from the headings.
 */
export function ImportMapping({ job }: { job: ImportJobView }) {
  const map = useMapImport(job.id);
  const [fields, setFields] = useState<Partial<Record<ImportField, string>>>(() =>
    Object.fromEntries(Object.entries(job.mapping?.fields ?? {}).map(([field, index]) => [field, String(index)])),
  );
  const [defaults, setDefaults] = useState<Defaults>(job.mapping?.defaults ?? {});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const chosen = Object.fromEntries(Object.entries(fields).filter(([, index]) => index !== '' && index !== undefined).map(([field, index]) => [field, Number(index)]));
    const cleanDefaults = Object.fromEntries(Object.entries(defaults).filter(([, value]) => value)) as Defaults;
    const onMatch = (new FormData(event.currentTarget).get('onMatch') ?? job.onMatch) as OnMatch;
    map.mutate({ mapping: { fields: chosen, defaults: cleanDefaults }, onMatch });
  }

  return (
    <section className="panel" aria-labelledby="mapping-title">
      <h2 id="mapping-title" className="section-title">
        Which column is which
      </h2>
      <p className="section-lead">
        {job.mappingRemembered ? 'Filled in from your last import. ' : ''}
        Choose the column for each field; leave a field on “Not in this file” when the register has no such column.
      </p>
      <form onSubmit={submit} noValidate>
        <div className="import-mapping">
          {FIELD_OPTIONS.map(({ field, label, required }) => (
            <SelectField
              key={field}
              label={required ? label : `${label} (optional)`}
              value={fields[field] ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setFields((current) => ({ ...current, [field]: value }));
              }}
            >
              <option value="">Not in this file</option>
              {job.columns.map((column, index) => (
                <option key={index} value={String(index)}>
                  {column}
                </option>
              ))}
            </SelectField>
          ))}
        </div>

        <fieldset className="field radio-group import-defaults">
          <legend className="field__label">For rows with no consent details</legend>
          <div className="import-mapping">
            <SelectField
              label="Consent given by"
              value={defaults.consentBy ?? ''}
              onChange={(event) => setDefaults({ ...defaults, consentBy: (event.currentTarget.value || undefined) as Defaults['consentBy'] })}
            >
              <option value="">No default</option>
              <option value="young_carer">The young carer</option>
              <option value="parent">A parent</option>
              <option value="guardian">A guardian</option>
              <option value="professional">A professional</option>
            </SelectField>
            <SelectField
              label="Consent method"
              value={defaults.consentMethod ?? ''}
              onChange={(event) => setDefaults({ ...defaults, consentMethod: (event.currentTarget.value || undefined) as Defaults['consentMethod'] })}
            >
              <option value="">No default</option>
              <option value="written">Written</option>
              <option value="verbal">Verbal</option>
              <option value="online">Online</option>
            </SelectField>
            <TextField
              label="Consent date"
              type="date"
              value={defaults.consentAt ?? ''}
              onChange={(event) => setDefaults({ ...defaults, consentAt: event.currentTarget.value || undefined })}
            />
          </div>
        </fieldset>

        <RadioGroupField
          legend="A row about a young carer already registered (same reference, or same name and date of birth)"
          name="onMatch"
          defaultValue={job.onMatch}
          options={[
            { value: 'update', label: 'Update their record from the file' },
            { value: 'skip', label: 'Leave their record as it is' },
          ]}
        />

        <div className="button-row">
          <button type="submit" className="button" disabled={map.isPending}>
            {map.isPending ? 'Checking every row…' : job.status === 'previewed' ? 'Check the rows again' : 'Check every row'}
          </button>
        </div>
      </form>
      {map.isError ? (
        <Alert tone="error" title="Could not check the rows">
          {errorMessage(map.error)}
        </Alert>
      ) : null}
    </section>
  );
}
