import { useId, useState, type FormEvent } from 'react';
import type { OutcomeView } from '../../../../../api/src/consultations/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation, type Translate } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { todayAsCalendarDate } from '../../../lib/format-date.ts';
import { useOutcomes, useSaveOutcome } from '../api/consultations-api.ts';
import { formErrors } from './form-errors.ts';
import { calendarDay } from './labels.ts';
import { formatDay } from '../../../i18n/dates.ts';

const OUTCOME_FIELDS = ['youSaid', 'weDid', 'day'] as const;

/** An entry's words and day, as typed; what is missing, by field. */
function readOutcome(t: Translate, data: FormData) {
  const values = { youSaid: String(data.get('youSaid') ?? ''), weDid: String(data.get('weDid') ?? ''), day: String(data.get('day') ?? '') };
  const missing: Partial<Record<string, string>> = {};
  if (values.youSaid.trim() === '') missing.youSaid = t('consultations.outcomes.youSaidMissing');
  if (values.weDid.trim() === '') missing.weDid = t('consultations.outcomes.weDidMissing');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.day)) missing.day = t('consultations.outcomes.dayMissing');
  return { values, missing };
}

/** The ids of one outcome form's inputs, for the error summary's links. */
function useOutcomeIds() {
  const formId = useId();
  return Object.fromEntries(OUTCOME_FIELDS.map((field) => [field, `${formId}-${field}`])) as Record<(typeof OUTCOME_FIELDS)[number], string>;
}

/** "You said, we did": staff write what young carers asked for and what the service did; published entries are public and on /my. */
export function OutcomesEditor() {
  const outcomes = useOutcomes();
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title" className="section-title">
        {t('consultations.outcomes.title')}
      </h2>
      <OutcomeForm />
      {outcomes.isPending ? (
        <Loading label={t('consultations.loading')} />
      ) : outcomes.isError ? (
        <Alert tone="error">{errorMessage(outcomes.error)}</Alert>
      ) : outcomes.data.items.length === 0 ? (
        <p className="muted">{t('consultations.outcomes.empty')}</p>
      ) : (
        <ul className="stack">
          {outcomes.data.items.map((outcome) => (
            <OutcomeItem key={outcome.id} outcome={outcome} />
          ))}
        </ul>
      )}
    </section>
  );
}

function OutcomeItem({ outcome }: { outcome: OutcomeView }) {
  const save = useSaveOutcome();
  const [editing, setEditing] = useState(false);
  const [changed, setChanged] = useState(false);
  const { t } = useTranslation();
  if (editing) {
    const done = (saved: boolean) => {
      setEditing(false);
      setChanged(saved);
    };
    return <OutcomeEdit outcome={outcome} onDone={done} />;
  }
  return (
    <li className="panel">
      <p>
        <strong>{t('consultations.outcomes.youSaidLead')}</strong> {outcome.youSaid}
      </p>
      <p>
        <strong>{t('consultations.outcomes.weDidLead')}</strong> {outcome.weDid}
      </p>
      <p className="muted">
        {formatDay(calendarDay(outcome.day), 'medium')} ·{' '}
        {outcome.published ? t('consultations.outcomes.published') : t('consultations.outcomes.notPublished')}
      </p>
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={save.isPending} onClick={() => save.mutate({ ...outcome, published: !outcome.published })}>
          {outcome.published ? t('consultations.outcomes.unpublish') : t('consultations.outcomes.publish')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setChanged(false);
            setEditing(true);
          }}
        >
          {t('consultations.outcomes.change')}
        </button>
      </div>
      {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
      {changed ? <Alert tone="success">{outcome.published ? t('consultations.outcomes.changedPublished') : t('consultations.outcomes.changed')}</Alert> : null}
    </li>
  );
}

/** Staff change an entry's words or date; whether it is published stays as it is. */
function OutcomeEdit({ outcome, onDone }: { outcome: OutcomeView; onDone: (saved: boolean) => void }) {
  const save = useSaveOutcome();
  const { t } = useTranslation();
  const ids = useOutcomeIds();
  const [missing, setMissing] = useState<Partial<Record<string, string>>>({});
  const [failedAttempts, setFailedAttempts] = useState(0);
  const errors = formErrors(ids, missing, save.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = readOutcome(t, new FormData(event.currentTarget));
    setMissing(read.missing);
    if (Object.keys(read.missing).length > 0) {
      setFailedAttempts((n) => n + 1);
      return;
    }
    save.mutate({ id: outcome.id, ...read.values, published: outcome.published }, { onSuccess: () => onDone(true) });
  };
  return (
    <li className="panel">
      <form className="form" onSubmit={submit} noValidate aria-label={t('consultations.outcomes.changeForm')}>
        <ErrorSummary items={errors.items} focusKey={failedAttempts} refusal={save.error} />
        <TextAreaField id={ids.youSaid} label={t('consultations.outcomes.youSaid')} name="youSaid" rows={2} maxLength={1000} required defaultValue={outcome.youSaid} error={errors.errorFor('youSaid')} />
        <TextAreaField id={ids.weDid} label={t('consultations.outcomes.weDid')} name="weDid" rows={2} maxLength={1000} required defaultValue={outcome.weDid} error={errors.errorFor('weDid')} />
        <TextField id={ids.day} label={t('consultations.outcomes.when')} name="day" type="date" required defaultValue={outcome.day} error={errors.errorFor('day')} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('consultations.outcomes.saveChanges')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
            {t('consultations.cancel')}
          </button>
        </div>
        {errors.unplaced ? <Alert tone="error">{errorMessage(errors.unplaced)}</Alert> : null}
      </form>
    </li>
  );
}

function OutcomeForm() {
  const save = useSaveOutcome();
  const [saved, setSaved] = useState(false);
  const { t } = useTranslation();
  const ids = useOutcomeIds();
  const [missing, setMissing] = useState<Partial<Record<string, string>>>({});
  const [failedAttempts, setFailedAttempts] = useState(0);
  const errors = formErrors(ids, missing, save.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setSaved(false);
    const read = readOutcome(t, data);
    setMissing(read.missing);
    if (Object.keys(read.missing).length > 0) {
      setFailedAttempts((n) => n + 1);
      return;
    }
    save.mutate(
      { ...read.values, published: data.get('published') === 'on' },
      {
        onSuccess: () => {
          form.reset();
          setSaved(true);
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary items={errors.items} focusKey={failedAttempts} refusal={save.error} />
      <TextAreaField
        id={ids.youSaid}
        label={t('consultations.outcomes.youSaid')}
        name="youSaid"
        rows={2}
        maxLength={1000}
        required
        hint={t('consultations.outcomes.youSaidHint')}
        error={errors.errorFor('youSaid')}
      />
      <TextAreaField id={ids.weDid} label={t('consultations.outcomes.weDid')} name="weDid" rows={2} maxLength={1000} required error={errors.errorFor('weDid')} />
      <TextField id={ids.day} label={t('consultations.outcomes.when')} name="day" type="date" required defaultValue={todayAsCalendarDate()} error={errors.errorFor('day')} />
      <div className="checkbox">
        <input type="checkbox" id="outcome-published" name="published" />
        <label htmlFor="outcome-published">{t('consultations.outcomes.publishNow')}</label>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {t('consultations.outcomes.save')}
        </button>
      </div>
      {errors.unplaced ? <Alert tone="error">{errorMessage(errors.unplaced)}</Alert> : null}
      {saved ? <Alert tone="success">{t('consultations.saved')}</Alert> : null}
    </form>
  );
}
