import { useState } from 'react';
import { ReminderSettings as ReminderSettingsBody, type ReminderSettingsResponse, type SendRemindersResult } from '../../../../../api/src/renewals/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { defineApiForm, fieldRules } from '../../../lib/api-form.ts';
import { translate } from '../../../i18n/start-i18n.ts';
import { useTranslation, type Translate } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { useReminderSettings } from '../api/get-reminder-settings.ts';
import { useUpdateReminderSettings } from '../api/update-reminder-settings.ts';
import { dateFormat } from '../../../i18n/dates.ts';

type SettingsValues = { automatic: boolean; daysBefore: string };

/** Checked against the API's ReminderSettings: its range of days is the one rule, and the hint reads it too. */
const settingsForm = defineApiForm({
  schema: ReminderSettingsBody,
  toBody: (values: SettingsValues) => ({ automatic: values.automatic, daysBefore: Number(values.daysBefore) }),
  // Read when the form is checked, so in the page's language at that moment.
  messages: { daysBefore: { invalid: ({ minimum, maximum }) => translate('renewals.settings.daysInvalid', { minimum, maximum }) } },
});

function resultText(t: Translate, result: SendRemindersResult): string {
  return t('renewals.settings.lastRunResult', { ...result });
}

/**
 * Automatic renewal reminders. Everyone sees whether they are on and the
 * last run; admins turn them on or off and choose how long before expiry.
 */
export function ReminderSettings({ canEdit }: { canEdit: boolean }) {
  const settings = useReminderSettings();
  const { t } = useTranslation();
  const when = dateFormat('dayTime');
  return (
    <section className="panel" aria-labelledby="reminder-settings-title">
      <h2 id="reminder-settings-title" className="section-title">
        {t('renewals.settings.title')}
      </h2>
      {settings.isPending ? (
        <Loading label={t('renewals.settings.loading')} />
      ) : settings.isError ? (
        <Alert tone="error" title={t('renewals.settings.loadFailed')}>
          <p>{errorMessage(settings.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void settings.refetch()}>
            {t('renewals.tryAgain')}
          </button>
        </Alert>
      ) : (
        <>
          {canEdit ? (
            <SettingsForm current={settings.data} />
          ) : (
            <p>
              {settings.data.settings.automatic
                ? t('renewals.settings.on', { days: settings.data.settings.daysBefore })
                : t('renewals.settings.off')}
            </p>
          )}
          <p className="muted small reminder-settings__last-run">
            {settings.data.lastRun ? (
              <>
                {t('renewals.settings.lastRun')} <time dateTime={settings.data.lastRun.at}>{when.format(new Date(settings.data.lastRun.at))}</time>,{' '}
                {resultText(t, settings.data.lastRun.result)}.
              </>
            ) : (
              t('renewals.settings.notRunYet')
            )}{' '}
            {settings.data.emailEnabled ? null : t('renewals.settings.noEmail')}
          </p>
        </>
      )}
    </section>
  );
}

function SettingsForm({ current }: { current: ReminderSettingsResponse }) {
  const update = useUpdateReminderSettings();
  const [saved, setSaved] = useState<ReminderSettingsResponse['settings'] | null>(null);
  const { t } = useTranslation();
  const initialValues: SettingsValues = { automatic: current.settings.automatic, daysBefore: String(current.settings.daysBefore) };
  const { formProps, field, checkbox, unplacedError, errorSummary } = useApiForm(settingsForm, {
    initialValues,
    apiError: update.error,
    onSubmit: (_values, body) => {
      setSaved(null);
      update.mutate(body, { onSuccess: (next) => setSaved(next.settings) });
    },
  });
  const days = fieldRules(settingsForm, initialValues, 'daysBefore');

  return (
    <form {...formProps} className="form reminder-settings">
      {errorSummary}
      {saved ? <Alert tone="success">{saved.automatic ? t('renewals.settings.savedOn', { days: saved.daysBefore }) : t('renewals.settings.savedOff')}</Alert> : null}
      {unplacedError ? (
        <Alert tone="error" title={t('renewals.settings.saveFailed')}>
          {errorMessage(unplacedError)}
        </Alert>
      ) : null}
      <label className="checkbox">
        <input {...checkbox('automatic')} />
        <span>
          {t('renewals.settings.automatic')}
          <span className="checkbox__note">{t('renewals.settings.automaticNote')}</span>
        </span>
      </label>
      <TextField
        label={t('renewals.settings.daysBefore')}
        {...field('daysBefore')}
        type="number"
        inputMode="numeric"
        step={1}
        className="input--short"
        hint={t('renewals.settings.daysHint', { minimum: days.minimum, maximum: days.maximum })}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('renewals.settings.saving') : t('renewals.settings.save')}
        </button>
      </div>
    </form>
  );
}
