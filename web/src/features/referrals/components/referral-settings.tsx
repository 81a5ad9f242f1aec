import { useState } from 'react';
import { ReferralSettings as ReferralSettingsBody, type ReferralSettingsResponse } from '../../../../../api/src/referrals/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { defineApiForm, fieldRules } from '../../../lib/api-form.ts';
import { translate } from '../../../i18n/start-i18n.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { useReferralSettings, useUpdateReferralSettings } from '../api/referral-settings.ts';

type SettingsValues = { keepDecidedDays: string };

/** Checked against the API's ReferralSettings: its range of days is the one rule, and the hint reads it too. */
const settingsForm = defineApiForm({
  schema: ReferralSettingsBody,
  toBody: (values: SettingsValues) => ({ keepDecidedDays: Number(values.keepDecidedDays) }),
  // Read when the form is checked, so in the page's language at that moment.
  messages: { keepDecidedDays: { invalid: ({ minimum, maximum }) => translate('referrals.settings.daysInvalid', { minimum, maximum }) } },
});

/** How long decided referrals are kept and today's count against the daily cap. Everyone sees it; admins change the period. */
export function ReferralSettings({ canEdit }: { canEdit: boolean }) {
  const settings = useReferralSettings();
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="referral-settings-title">
      <h2 id="referral-settings-title" className="section-title">
        {t('referrals.settings.title')}
      </h2>
      {settings.isPending ? (
        <Loading label={t('referrals.settings.loading')} />
      ) : settings.isError ? (
        <Alert tone="error" title={t('referrals.settings.loadFailed')}>
          <p>{errorMessage(settings.error)}</p>
        </Alert>
      ) : (
        <>
          <p>
            {t('referrals.settings.erasedAfter', { days: settings.data.settings.keepDecidedDays })}
            {canEdit ? null : ` ${t('referrals.settings.adminCanChange')}`}
          </p>
          <p className="muted small">{t('referrals.settings.today', { received: settings.data.receivedToday, cap: settings.data.dailyCap })}</p>
          {canEdit ? <SettingsForm current={settings.data} /> : null}
        </>
      )}
    </section>
  );
}

function SettingsForm({ current }: { current: ReferralSettingsResponse }) {
  const update = useUpdateReferralSettings();
  const [saved, setSaved] = useState<number | null>(null);
  const { t } = useTranslation();
  const initialValues: SettingsValues = { keepDecidedDays: String(current.settings.keepDecidedDays) };
  const { formProps, field, unplacedError, errorSummary } = useApiForm(settingsForm, {
    initialValues,
    apiError: update.error,
    onSubmit: (_values, body) => {
      setSaved(null);
      update.mutate(body, { onSuccess: (next) => setSaved(next.settings.keepDecidedDays) });
    },
  });
  const days = fieldRules(settingsForm, initialValues, 'keepDecidedDays');
  return (
    <form {...formProps} className="form">
      {errorSummary}
      {saved !== null ? <Alert tone="success">{t('referrals.settings.saved', { days: saved })}</Alert> : null}
      {unplacedError ? (
        <Alert tone="error" title={t('referrals.settings.saveFailed')}>
          {errorMessage(unplacedError)}
        </Alert>
      ) : null}
      <TextField
        label={t('referrals.settings.days')}
        {...field('keepDecidedDays')}
        type="number"
        inputMode="numeric"
        step={1}
        className="input--short"
        hint={t('referrals.settings.daysHint', { minimum: days.minimum, maximum: days.maximum })}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('referrals.settings.saving') : t('referrals.settings.save')}
        </button>
      </div>
    </form>
  );
}
