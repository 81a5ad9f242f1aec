import { useState } from 'react';
import { RetentionSettings as RetentionSettingsBody, type RetentionSettingsResponse } from '../../../../../api/src/retention/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { defineApiForm, fieldRules } from '../../../lib/api-form.ts';
import { translate as t } from '../../../i18n/start-i18n.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { useRetentionSettings } from '../api/get-retention-settings.ts';
import { useUpdateRetentionSettings } from '../api/update-retention-settings.ts';
import { formatDayTime } from '../../../i18n/dates.ts';

type SettingsValues = { months: string };

/** Checked against the API's RetentionSettings: its range of months is the one rule, and the hint reads it too. */
const settingsForm = defineApiForm({
  schema: RetentionSettingsBody,
  toBody: (values: SettingsValues) => ({ months: Number(values.months) }),
  messages: { months: { invalid: ({ minimum, maximum }) => t('retention.settings.errors.months', { minimum, maximum }) } },
});

const monthsText = (months: number) => t('retention.settings.months', { count: months });

/** How long records are kept. Everyone sees it and the last run; admins change it. */
export function RetentionSettings({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const settings = useRetentionSettings();
  const formatDateTime = (iso: string) => formatDayTime(iso);
  return (
    <section className="panel" aria-labelledby="retention-settings-title">
      <h2 id="retention-settings-title" className="section-title">
        {t('retention.settings.title')}
      </h2>
      {settings.isPending ? (
        <Loading label={t('retention.settings.loading')} />
      ) : settings.isError ? (
        <Alert tone="error" title={t('retention.settings.loadFailed')}>
          <p>{errorMessage(settings.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void settings.refetch()}>
            {t('retention.tryAgain')}
          </button>
        </Alert>
      ) : (
        <>
          <p>
            {t('retention.settings.rule', { months: monthsText(settings.data.settings.months) })}
            {canEdit ? null : ` ${t('retention.settings.adminCan')}`}
          </p>
          {canEdit ? <SettingsForm current={settings.data} /> : null}
          <p className="muted small">
            {settings.data.lastRun ? (
              <>
                {t('retention.settings.lastCheck')} <time dateTime={settings.data.lastRun.at}>{formatDateTime(settings.data.lastRun.at)}</time>,{' '}
                {t('retention.settings.erased', { count: settings.data.lastRun.result.erased })}.
              </>
            ) : (
              t('retention.settings.notRun')
            )}
          </p>
        </>
      )}
    </section>
  );
}

function SettingsForm({ current }: { current: RetentionSettingsResponse }) {
  const { t } = useTranslation();
  const update = useUpdateRetentionSettings();
  const [saved, setSaved] = useState<string | null>(null);
  const initialValues: SettingsValues = { months: String(current.settings.months) };
  const { formProps, field, unplacedError, errorSummary } = useApiForm(settingsForm, {
    initialValues,
    apiError: update.error,
    onSubmit: (_values, body) => {
      setSaved(null);
      update.mutate(body, { onSuccess: (next) => setSaved(t('retention.settings.saved', { months: monthsText(next.settings.months) })) });
    },
  });
  const months = fieldRules(settingsForm, initialValues, 'months');

  return (
    <form {...formProps} className="form">
      {errorSummary}
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {unplacedError ? (
        <Alert tone="error" title={t('retention.settings.saveFailed')}>
          {errorMessage(unplacedError)}
        </Alert>
      ) : null}
      <TextField
        label={t('retention.settings.label')}
        {...field('months')}
        type="number"
        inputMode="numeric"
        step={1}
        className="input--short"
        hint={t('retention.settings.hint', { minimum: months.minimum, maximum: months.maximum })}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('retention.settings.saving') : t('retention.settings.save')}
        </button>
      </div>
    </form>
  );
}
