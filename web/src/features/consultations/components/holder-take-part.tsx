import { useId, useState, type FormEvent } from 'react';
import type { ContactMethod, HolderTakePart as TakePart } from '../../../../../api/src/consultations/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format-date.ts';
import { useHolderTakePart, useRegisterTakePart } from '../api/consultations-api.ts';
import { contactLabels } from './labels.ts';

const METHODS: ContactMethod[] = ['phone', 'email', 'online', 'face_to_face'];

/**
 * On a young carer's page: whether they would like to take part in design
 * groups and events, and a form for staff to record it when the young carer
 * tells them (by phone, email or in person) rather than on their own page.
 */
export function HolderTakePart({ holderId, firstName }: { holderId: string; firstName: string }) {
  const current = useHolderTakePart(holderId);
  if (current.isPending) return <Loading label="Loading…" />;
  if (current.isError) return <Alert tone="error">{errorMessage(current.error)}</Alert>;
  return <TakePartForm key={current.data.contactBy.join(',')} holderId={holderId} firstName={firstName} current={current.data} />;
}

function TakePartForm({ holderId, firstName, current }: { holderId: string; firstName: string; current: TakePart }) {
  const register = useRegisterTakePart(holderId);
  const [chosen, setChosen] = useState<ContactMethod[]>(current.contactBy);
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    if (chosen.length === 0) {
      setMissing(true);
      return;
    }
    register.mutate({ contactBy: METHODS.filter((method) => chosen.includes(method)) }, { onSuccess: () => setSaved(true) });
  };
  return (
    <>
      <p data-testid="take-part-status">
        {current.registered
          ? `${firstName} would like to take part (${current.source === 'staff' ? 'told to staff' : 'said on their own page'}${current.createdAt ? `, ${formatDate(current.createdAt)}` : ''}). Contact by: ${current.contactBy.map((method) => contactLabels[method]).join(', ')}. ${current.followedUpAt ? `Followed up ${formatDate(current.followedUpAt)}.` : 'Not followed up yet.'}`
          : `${firstName} has not said they would like to take part.`}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <fieldset className="fieldset" aria-describedby={missing ? `${id}-error` : undefined}>
          <legend>{current.registered ? 'Change how they would like to be contacted' : `${firstName} told us they would like to take part. Contact them by:`}</legend>
          {missing ? (
            <p className="field__error" id={`${id}-error`}>
              Choose at least one way to contact them.
            </p>
          ) : null}
          {METHODS.map((method) => (
            <div className="checkbox" key={method}>
              <input
                type="checkbox"
                id={`${id}-${method}`}
                checked={chosen.includes(method)}
                onChange={(event) => {
                  setMissing(false);
                  setChosen((list) => (event.target.checked ? [...list, method] : list.filter((item) => item !== method)));
                }}
              />
              <label htmlFor={`${id}-${method}`}>{contactLabels[method]}</label>
            </div>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={register.isPending}>
            {current.registered ? 'Save the change' : 'Record that they would like to take part'}
          </button>
        </div>
        {register.isError ? <Alert tone="error">{errorMessage(register.error)}</Alert> : null}
        {saved ? <Alert tone="success">Saved. It is on the list of young carers to follow up.</Alert> : null}
      </form>
    </>
  );
}
