import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ReminderSettingsResponse, SendRemindersResult } from '../../../../../api/src/renewals/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { focusFirstInvalid, TextField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useReminderSettings } from '../api/get-reminder-settings.ts';
import { useUpdateReminderSettings } from '../api/update-reminder-settings.ts';

const DAYS_MIN = 1;
const DAYS_MAX = 90;

function resultText(result: SendRemindersResult): string {
  return `${result.queued} sent, ${result.alreadyReminded} already reminded, ${result.noEmail} with no email`;
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
  const formRef = useRef<HTMLFormElement>(null);
  const [daysError, setDaysError] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | null>(null);

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const automatic = data.get('automatic') === 'on';
    const daysBefore = Number(data.get('daysBefore'));
    if (!Number.isInteger(daysBefore) || daysBefore < DAYS_MIN || daysBefore > DAYS_MAX) {
      setDaysError(`Enter a whole number of days from ${DAYS_MIN} to ${DAYS_MAX}.`);
      focusFirstInvalid(formRef.current);
      return;
    }
    setDaysError(undefined);
    setSaved(null);
    update.mutate(
      { automatic, daysBefore },
      { onSuccess: (next) => setSaved(next.settings.automatic ? `Automatic reminders are on, ${next.settings.daysBefore} days before expiry.` : 'Automatic reminders are off.') },
    );
  }

  const apiError = update.error;
  const onDays = apiError instanceof ApiError && apiError.field === 'daysBefore';
  useEffect(() => {
    if (onDays) focusFirstInvalid(formRef.current);
  }, [onDays, apiError]);

  return (
    <form ref={formRef} className="form reminder-settings" onSubmit={save} noValidate>
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {apiError && !onDays ? (
        <Alert tone="error" title="Could not save">
          {errorMessage(apiError)}
        </Alert>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" name="automatic" defaultChecked={current.settings.automatic} />
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
        name="daysBefore"
        type="number"
        inputMode="numeric"
        min={DAYS_MIN}
        max={DAYS_MAX}
        step={1}
        className="input--short"
        defaultValue={current.settings.daysBefore}
        error={daysError ?? (onDays ? apiError.message : undefined)}
        hint={`From ${DAYS_MIN} to ${DAYS_MAX}.`}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save reminder settings'}
        </button>
      </div>
    </form>
  );
}
