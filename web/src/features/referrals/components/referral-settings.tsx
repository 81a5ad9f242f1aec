import { useState } from 'react';
import { ReferralSettings as ReferralSettingsBody, type ReferralSettingsResponse } from '../../../../../api/src/referrals/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { defineApiForm, fieldRules } from '../../../lib/api-form.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { useReferralSettings, useUpdateReferralSettings } from '../api/referral-settings.ts';

type SettingsValues = { keepDecidedDays: string };

/** Checked against the API's ReferralSettings: its range of days is the one rule, and the hint reads it too. */
const settingsForm = defineApiForm({
  schema: ReferralSettingsBody,
  toBody: (values: SettingsValues) => ({ keepDecidedDays: Number(values.keepDecidedDays) }),
  messages: { keepDecidedDays: { invalid: ({ minimum, maximum }) => `Enter a whole number of days from ${minimum} to ${maximum}.` } },
});

const daysText = (days: number) => (days === 1 ? '1 day' : `${days} days`);

/** How long decided referrals are kept and today's count against the daily cap. Everyone sees it; admins change the period. */
export function ReferralSettings({ canEdit }: { canEdit: boolean }) {
  const settings = useReferralSettings();
  return (
    <section className="panel" aria-labelledby="referral-settings-title">
      <h2 id="referral-settings-title" className="section-title">
        Keeping referrals
      </h2>
      {settings.isPending ? (
        <Loading label="Loading the settings…" />
      ) : settings.isError ? (
        <Alert tone="error" title="Could not load the settings">
          <p>{errorMessage(settings.error)}</p>
        </Alert>
      ) : (
        <>
          <p>
            A referral that was declined or withdrawn, and what is left of an accepted one (who referred), is erased{' '}
            {daysText(settings.data.settings.keepDecidedDays)} after the decision.
            {canEdit ? null : ' An admin can change this.'}
          </p>
          <p className="muted small">
            Today the form has taken {settings.data.receivedToday} of at most {settings.data.dailyCap} referrals (REFERRAL_DAILY_CAP).
          </p>
          {canEdit ? <SettingsForm current={settings.data} /> : null}
        </>
      )}
    </section>
  );
}

function SettingsForm({ current }: { current: ReferralSettingsResponse }) {
  const update = useUpdateReferralSettings();
  const [saved, setSaved] = useState<string | null>(null);
  const initialValues: SettingsValues = { keepDecidedDays: String(current.settings.keepDecidedDays) };
  const { formProps, field, unplacedError, errorSummary } = useApiForm(settingsForm, {
    initialValues,
    apiError: update.error,
    onSubmit: (_values, body) => {
      setSaved(null);
      update.mutate(body, { onSuccess: (next) => setSaved(`Decided referrals are now kept ${daysText(next.settings.keepDecidedDays)}.`) });
    },
  });
  const days = fieldRules(settingsForm, initialValues, 'keepDecidedDays');
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
        label="Days to keep a decided referral"
        {...field('keepDecidedDays')}
        type="number"
        inputMode="numeric"
        step={1}
        className="input--short"
        hint={`From ${days.minimum} to ${days.maximum}.`}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
