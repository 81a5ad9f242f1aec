import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { DATA_REQUEST_TEXT_MAX, MAX_OPEN_DATA_REQUESTS } from '../../../../../../api/src/shared/data-request-limits.ts';
import { Alert } from '../../../../components/ui/alert.tsx';
import { ErrorSummary } from '../../../../components/ui/error-summary.tsx';
import { useTranslation, type Translate } from '../../../../i18n/use-translation.ts';
import { ApiRefused } from '../../../lib/public-api.ts';
import { useSendDataRequest } from '../api/my-data-api.ts';

/** A refusal of a request, in the page's language: about the text (`field`; too long cannot be typed, so it is text with nothing readable in it), or about the whole request. */
function problemOf(t: Translate, error: unknown): { field?: string; form?: string } {
  if (!(error instanceof ApiRefused)) return { form: t('myData.errors.offline') };
  if (error.code === 'VALIDATION_FAILED' && error.field === 'text') return { field: t('myData.errors.textUnclear') };
  if (error.code === 'DATA_REQUEST_LIMIT') return { form: t('myData.errors.limit', { max: MAX_OPEN_DATA_REQUESTS }) };
  if (error.status === 401) return { form: t('myData.errors.signedOut') };
  if (error.status === 429) return { form: t('myData.errors.tooMany') };
  return { form: t('myData.errors.notSent') };
}

/**
 * "Ask us": fix something (free text), or delete my record (a clear
 * confirmation first). Both only send a request: staff read it and act.
 */
export function MyDataRequests({ organisation, helpline, cardName }: { organisation: string; helpline: string; cardName: string }) {
  const { t } = useTranslation();
  const contact = { organisation, helpline, call: helpline ? 'yes' : 'no' };
  return (
    <section className="panel kept-section" aria-labelledby="ask">
      <h2 id="ask" tabIndex={-1}>
        {t('myData.ask.title')}
      </h2>
      <CorrectionForm contact={contact} />
      <EraseRecord contact={contact} cardName={cardName} />
    </section>
  );
}

type Contact = { organisation: string; helpline: string; call: string };

function CorrectionForm({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const ids = { text: useId(), hint: useId(), error: useId() };
  const send = useSendDataRequest();
  const [text, setText] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [sent, setSent] = useState(false);
  const fail = (problem: { field?: string; form?: string }) => {
    setFieldError(problem.field ?? null);
    setFormError(problem.form ?? null);
    setAttempts((count) => count + 1);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      fail({ field: t('myData.errors.textMissing') });
      return;
    }
    setFieldError(null);
    setFormError(null);
    try {
      await send.mutateAsync({ kind: 'correction', text });
      setText('');
      setSent(true);
    } catch (error) {
      fail(problemOf(t, error));
    }
  };
  return (
    <form className="kept-ask" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="fix-title">
      <h3 id="fix-title">{t('myData.fix.title')}</h3>
      <ErrorSummary items={fieldError ? [{ message: fieldError, fieldId: ids.text }] : []} focusKey={attempts} />
      {sent ? (
        <Alert tone="success" title={t('myData.fix.sentTitle')}>
          <p>{t('myData.fix.sentText', contact)}</p>
        </Alert>
      ) : null}
      <div className={fieldError ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={ids.text}>
          {t('myData.fix.label')}
        </label>
        <p className="field__hint" id={ids.hint}>
          {t('myData.fix.hint', { max: String(DATA_REQUEST_TEXT_MAX), left: String(DATA_REQUEST_TEXT_MAX - text.length) })}
        </p>
        {fieldError ? (
          <p className="field__error" id={ids.error}>
            <span className="visually-hidden">{t('my.errorPrefix')}</span>
            {fieldError}
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
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${ids.hint} ${ids.error}` : ids.hint}
        />
      </div>
      {formError ? (
        <p className="field__error" role="alert">
          {formError}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={send.isPending}>
        {send.isPending ? t('myData.sending') : t('myData.fix.submit')}
      </button>
    </form>
  );
}

function EraseRecord({ contact, cardName }: { contact: Contact; cardName: string }) {
  const { t } = useTranslation();
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
  const problem = send.isError ? problemOf(t, send.error) : null;
  return (
    <div className="kept-ask">
      <h3>{t('myData.erase.title')}</h3>
      <p>{t('myData.erase.lead', contact)}</p>
      {sent ? (
        <Alert tone="success" title={t('myData.erase.sentTitle')}>
          <p>{t('myData.erase.sentText', contact)}</p>
        </Alert>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t('myData.erase.button')}
        </button>
      )}
      <dialog ref={dialog} className="dialog" aria-labelledby="erase-title" onClose={() => setOpen(false)}>
        <h2 id="erase-title">{t('myData.erase.dialogTitle')}</h2>
        <p>{t('myData.erase.ifDeleted', contact)}</p>
        <ul>
          <li>{t('myData.erase.cardStops', { cardName })}</li>
          <li>{t('myData.erase.phone')}</li>
          <li>{t('myData.erase.signUpAgain')}</li>
        </ul>
        <p>
          <strong>{t('myData.erase.nextLabel')}</strong> {t('myData.erase.next')}
        </p>
        {problem ? (
          <p className="field__error" role="alert">
            {problem.field ?? problem.form}
          </p>
        ) : null}
        <div className="dialog__buttons">
          <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={send.isPending}>
            {send.isPending ? t('myData.sending') : t('myData.erase.confirm')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setOpen(false)} disabled={send.isPending}>
            {t('myData.erase.cancel')}
          </button>
        </div>
      </dialog>
    </div>
  );
}
