import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { DATA_REQUEST_TEXT_MAX } from '../../../../../../api/src/shared/data-request-limits.ts';
import { Alert } from '../../../../components/ui/alert.tsx';
import { ApiRefused } from '../../../lib/public-api.ts';
import { useSendDataRequest } from '../api/my-data-api.ts';

function problemOf(error: unknown): string {
  if (error instanceof ApiRefused) return error.message;
  return 'That did not send. Check you are online and try again.';
}

/**
 * "Ask us": fix something (free text), or delete my record (a clear
 * confirmation first). Both only send a request: staff read it and act.
 */
export function MyDataRequests({ organisation, helpline, cardName }: { organisation: string; helpline: string; cardName: string }) {
  const call = helpline ? ` You can also call them on ${helpline}.` : '';
  return (
    <section className="panel kept-section" aria-labelledby="ask">
      <h2 id="ask" tabIndex={-1}>
        Ask us
      </h2>
      <CorrectionForm organisation={organisation} call={call} />
      <EraseRecord organisation={organisation} call={call} cardName={cardName} />
    </section>
  );
}

function CorrectionForm({ organisation, call }: { organisation: string; call: string }) {
  const ids = { text: useId(), hint: useId(), error: useId() };
  const send = useSendDataRequest();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    try {
      await send.mutateAsync({ kind: 'correction', text });
      setText('');
      setSent(true);
    } catch {
      // Shown below.
    }
  };
  const error = missing ? 'Please write what is wrong first.' : null;
  return (
    <form className="kept-ask" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="fix-title">
      <h3 id="fix-title">Something wrong? Ask us to fix it</h3>
      {sent ? (
        <Alert tone="success" title="Thank you, we have your message">
          <p>
            Staff at {organisation} will read it and fix your record. You can see how it is going under “What you asked us” on this page.{call}
          </p>
        </Alert>
      ) : null}
      <div className={error ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={ids.text}>
          What is wrong, and what should it say?
        </label>
        <p className="field__hint" id={ids.hint}>
          For example: “My last name is spelt wrong. It should be Nowak.” Up to {DATA_REQUEST_TEXT_MAX} letters. {DATA_REQUEST_TEXT_MAX - text.length} left.
        </p>
        {error ? (
          <p className="field__error" id={ids.error}>
            <span className="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <textarea
          id={ids.text}
          className="input kept-ask__text"
          rows={4}
          maxLength={DATA_REQUEST_TEXT_MAX}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setSent(false);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${ids.hint} ${ids.error}` : ids.hint}
        />
      </div>
      {send.isError ? (
        <p className="field__error" role="alert">
          {problemOf(send.error)}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={send.isPending}>
        {send.isPending ? 'Sending…' : 'Send to staff'}
      </button>
    </form>
  );
}

function EraseRecord({ organisation, call, cardName }: { organisation: string; call: string; cardName: string }) {
  const send = useSendDataRequest();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
    if (!open && element?.open) element.close();
  }, [open]);
  const confirm = async () => {
    try {
      await send.mutateAsync({ kind: 'erasure', text: '' });
      setOpen(false);
      setSent(true);
    } catch {
      // Shown in the dialog.
    }
  };
  return (
    <div className="kept-ask">
      <h3>Want us to delete your record?</h3>
      <p>You can ask {organisation} to delete what they keep about you.</p>
      {sent ? (
        <Alert tone="success" title="We have your request">
          <p>
            Nothing has been deleted yet. Staff at {organisation} will get in touch with you (or your parent or carer) to talk about it first.{call}
          </p>
        </Alert>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          Ask to delete my record
        </button>
      )}
      <dialog ref={dialog} className="dialog" aria-labelledby="erase-title" onClose={() => setOpen(false)}>
        <h2 id="erase-title">Ask to delete your record?</h2>
        <p>If {organisation} deletes your record:</p>
        <ul>
          <li>your card ({cardName}) will stop working, in shops too,</li>
          <li>it will go from this phone,</li>
          <li>and to get a card again, you would need to sign up again.</li>
        </ul>
        <p>
          <strong>What happens next:</strong> nothing is deleted straight away. Staff will get in touch to check with you first. Sometimes we have to keep a few things for a
          while, and they will tell you why.
        </p>
        {send.isError ? (
          <p className="field__error" role="alert">
            {problemOf(send.error)}
          </p>
        ) : null}
        <div className="dialog__buttons">
          <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={send.isPending}>
            {send.isPending ? 'Sending…' : 'Yes, ask to delete it'}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setOpen(false)} disabled={send.isPending}>
            No, keep it
          </button>
        </div>
      </dialog>
    </div>
  );
}
