import { useState, type FormEvent } from 'react';
import type { OutcomeView } from '../../../../../api/src/consultations/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatCalendarDate, todayAsCalendarDate } from '../../../lib/format-date.ts';
import { useOutcomes, useSaveOutcome } from '../api/consultations-api.ts';

/** "You said, we did": staff write what young carers asked for and what the service did; published entries are public and on /my. */
export function OutcomesEditor() {
  const outcomes = useOutcomes();
  return (
    <section className="panel" aria-labelledby="outcomes-title">
      <h2 id="outcomes-title" className="section-title">
        You said, we did
      </h2>
      <OutcomeForm />
      {outcomes.isPending ? (
        <Loading label="Loading…" />
      ) : outcomes.isError ? (
        <Alert tone="error">{errorMessage(outcomes.error)}</Alert>
      ) : outcomes.data.items.length === 0 ? (
        <p className="muted">Nothing written yet.</p>
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
        <strong>You said:</strong> {outcome.youSaid}
      </p>
      <p>
        <strong>We did:</strong> {outcome.weDid}
      </p>
      <p className="muted">
        {formatCalendarDate(outcome.day)} · {outcome.published ? 'Published' : 'Not published'}
      </p>
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={save.isPending} onClick={() => save.mutate({ ...outcome, published: !outcome.published })}>
          {outcome.published ? 'Unpublish' : 'Publish'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setChanged(false);
            setEditing(true);
          }}
        >
          Change the wording
        </button>
      </div>
      {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
      {changed ? <Alert tone="success">Changes saved{outcome.published ? ': the public page shows them now' : ''}.</Alert> : null}
    </li>
  );
}

/** Staff change an entry's words or date; whether it is published stays as it is. */
function OutcomeEdit({ outcome, onDone }: { outcome: OutcomeView; onDone: (saved: boolean) => void }) {
  const save = useSaveOutcome();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    save.mutate(
      { id: outcome.id, youSaid: String(data.get('youSaid')), weDid: String(data.get('weDid')), day: String(data.get('day')), published: outcome.published },
      { onSuccess: () => onDone(true) },
    );
  };
  return (
    <li className="panel">
      <form className="form" onSubmit={submit} aria-label="Change this entry">
        <TextAreaField label="You said" name="youSaid" rows={2} maxLength={1000} required defaultValue={outcome.youSaid} />
        <TextAreaField label="We did" name="weDid" rows={2} maxLength={1000} required defaultValue={outcome.weDid} />
        <TextField label="When" name="day" type="date" required defaultValue={outcome.day} />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            Save the changes
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
            Cancel
          </button>
        </div>
        {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
      </form>
    </li>
  );
}

function OutcomeForm() {
  const save = useSaveOutcome();
  const [saved, setSaved] = useState(false);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    setSaved(false);
    save.mutate(
      { youSaid: String(data.get('youSaid')), weDid: String(data.get('weDid')), day: String(data.get('day')), published: data.get('published') === 'on' },
      {
        onSuccess: () => {
          form.reset();
          setSaved(true);
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit}>
      <TextAreaField label="You said" name="youSaid" rows={2} maxLength={1000} required hint="What young carers asked for, in a sentence." />
      <TextAreaField label="We did" name="weDid" rows={2} maxLength={1000} required />
      <TextField label="When" name="day" type="date" required defaultValue={todayAsCalendarDate()} />
      <div className="checkbox">
        <input type="checkbox" id="outcome-published" name="published" />
        <label htmlFor="outcome-published">Publish it now (the public page and young carers’ own pages)</label>
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          Save the entry
        </button>
      </div>
      {save.isError ? <Alert tone="error">{errorMessage(save.error)}</Alert> : null}
      {saved ? <Alert tone="success">Saved.</Alert> : null}
    </form>
  );
}
