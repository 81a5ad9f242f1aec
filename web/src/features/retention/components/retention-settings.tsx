import { useState } from 'react';
import { RetentionSettings as RetentionSettingsBody, type RetentionSettingsResponse } from '../../../../../api/src/retention/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { defineApiForm, fieldRules } from '../../../lib/api-form.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { useRetentionSettings } from '../api/get-retention-settings.ts';
import { useUpdateRetentionSettings } from '../api/update-retention-settings.ts';

type SettingsValues = { months: string };

/** Checked against the API's RetentionSettings: its range of months is the one rule, and the hint reads it too. */
const settingsForm = defineApiForm({
  schema: RetentionSettingsBody,
  toBody: (values: SettingsValues) => ({ months: Number(values.months) }),
  messages: { months: { invalid: ({ minimum, maximum }) => `Enter a whole number of months from ${minimum} to ${maximum}.` } },
});

const monthsText = (months: number) => (months === 1 ? '1 month' : `${months} months`);

/** How long records are kept. Everyone sees it and the last run; admins change it. */
export function RetentionSettings({ canEdit }: { canEdit: boolean }) {
  const settings = useRetentionSettings();
  return (
    <section className="panel" aria-labelledby="retention-settings-title">
      <h2 id="retention-settings-title" className="section-title">
        Keeping records
      </h2>
      {settings.isPending ? (
        <Loading label="Loading the settings…" />
      ) : settings.isError ? (
        <Alert tone="error" title="Could not load the settings">
          <p>{errorMessage(settings.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void settings.refetch()}>
            Try again
          </button>
        </Alert>
      ) : (
        <>
          <p>
            A young carer’s record is erased {monthsText(settings.data.settings.months)} after their last card ended (expired, revoked or replaced), or,
            if they never had a card, {monthsText(settings.data.settings.months)} after the record last changed. Records due within 45 days are listed
            under Needs attention on the home page.
            {canEdit ? null : ' An admin can change this.'}
          </p>
          {canEdit ? <SettingsForm current={settings.data} /> : null}
          <p className="muted small">
            {settings.data.lastRun ? (
              <>
                Last check: <time dateTime={settings.data.lastRun.at}>{formatDateTime(settings.data.lastRun.at)}</time>,{' '}
                {settings.data.lastRun.result.erased === 1 ? '1 record erased' : `${settings.data.lastRun.result.erased} records erased`}.
              </>
            ) : (
              'The erasure check has not run yet.'
            )}
          </p>
        </>
      )}
    </section>
  );
}

function SettingsForm({ current }: { current: RetentionSettingsResponse }) {
  const update = useUpdateRetentionSettings();
  const [saved, setSaved] = useState<string | null>(null);
  const initialValues: SettingsValues = { months: String(current.settings.months) };
  const { formProps, field, unplacedError, errorSummary } = useApiForm(settingsForm, {
    initialValues,
    apiError: update.error,
    onSubmit: (_values, body) => {
      setSaved(null);
      update.mutate(body, { onSuccess: (next) => setSaved(`Records are now kept ${monthsText(next.settings.months)} after their last card ended.`) });
    },
  });
  const months = fieldRules(settingsForm, initialValues, 'months');

  return (
    <form {...formProps} className="form">
      {errorSummary}
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {unplacedError ? (
        <Alert tone="error" title="Could not save">
          {errorMessage(unplacedError)}
        </Alert>
      ) : null}
      <TextField
        label="Months to keep a record"
        {...field('months')}
        type="number"
        inputMode="numeric"
        step={1}
        className="input--short"
        hint={`From ${months.minimum} to ${months.maximum}.`}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
