import { useState } from 'react';
import { ReminderSettings as ReminderSettingsBody, type ReminderSettingsResponse, type SendRemindersResult } from '../../../../../api/src/renewals/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { defineApiForm, fieldRules } from '../../../lib/api-form.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { useReminderSettings } from '../api/get-reminder-settings.ts';
import { useUpdateReminderSettings } from '../api/update-reminder-settings.ts';

type SettingsValues = { automatic: boolean; daysBefore: string };

/** Checked against the API's ReminderSettings: its range of days is the one rule, and the hint reads it too. */
const settingsForm = defineApiForm({
  schema: ReminderSettingsBody,
  toBody: (values: SettingsValues) => ({ automatic: values.automatic, daysBefore: Number(values.daysBefore) }),
  messages: { daysBefore: { invalid: ({ minimum, maximum }) => `Enter a whole number of days from ${minimum} to ${maximum}.` } },
});

function resultText(result: SendRemindersResult): string {
  return `${result.queued} sent, ${result.alreadyReminded} already reminded, ${result.noEmail} to phone, ${result.noContact} with no email or phone, ${result.agesOut} ageing out`;
}

/**
 * Automatic renewal reminders. Everyone sees whether they are on and the
 * last run; admins turn them on or off and choose how long before expiry.
 */
export function ReminderSettings({ canEdit }: { canEdit: boolean }) {
  const settings = useReminderSettings();
  return (
    <section className="panel" aria-labelledby="reminder-settings-title">
      <h2 id="reminder-settings-title" className="section-title">
        Automatic reminders
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
          {canEdit ? (
            <SettingsForm current={settings.data} />
          ) : (
            <p>
              {settings.data.settings.automatic
                ? `On: each young carer with a contact email is reminded ${settings.data.settings.daysBefore} days before their card runs out. An admin can change this.`
                : 'Off: staff send reminders from this page. An admin can turn automatic reminders on.'}
            </p>
          )}
          <p className="muted small reminder-settings__last-run">
            {settings.data.lastRun ? (
              <>
                Last automatic run: <time dateTime={settings.data.lastRun.at}>{formatDateTime(settings.data.lastRun.at)}</time>,{' '}
                {resultText(settings.data.lastRun.result)}.
              </>
            ) : (
              'The automatic reminders have not run yet.'
            )}{' '}
            {settings.data.emailEnabled ? null : 'Email is not set up on this server, so reminders wait in the outbox for staff.'}
          </p>
        </>
      )}
    </section>
  );
}

function SettingsForm({ current }: { current: ReminderSettingsResponse }) {
  const update = useUpdateReminderSettings();
  const [saved, setSaved] = useState<string | null>(null);
  const initialValues: SettingsValues = { automatic: current.settings.automatic, daysBefore: String(current.settings.daysBefore) };
  const { formProps, field, checkbox, unplacedError, errorSummary } = useApiForm(settingsForm, {
    initialValues,
    apiError: update.error,
    onSubmit: (_values, body) => {
      setSaved(null);
      update.mutate(body, {
        onSuccess: (next) => setSaved(next.settings.automatic ? `Automatic reminders are on, ${next.settings.daysBefore} days before expiry.` : 'Automatic reminders are off.'),
      });
    },
  });
  const days = fieldRules(settingsForm, initialValues, 'daysBefore');

  return (
    <form {...formProps} className="form reminder-settings">
      {errorSummary}
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {unplacedError ? (
        <Alert tone="error" title="Could not save">
          {errorMessage(unplacedError)}
        </Alert>
      ) : null}
      <label className="checkbox">
        <input {...checkbox('automatic')} />
        <span>
          Send renewal reminders automatically
          <span className="checkbox__note">
            The server checks regularly (every hour, by default): each card entering the window below gets its reminder, without anyone pressing anything.
            Nobody is reminded twice.
          </span>
        </span>
      </label>
      <TextField
        label="Days before expiry"
        {...field('daysBefore')}
        type="number"
        inputMode="numeric"
        step={1}
        className="input--short"
        hint={`From ${days.minimum} to ${days.maximum}.`}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save reminder settings'}
        </button>
      </div>
    </form>
  );
}
