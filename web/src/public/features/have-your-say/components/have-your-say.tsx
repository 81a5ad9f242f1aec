import { useId, useState, type FormEvent } from 'react';
import type { ContactMethod, MyConsultation, SuggestionKind } from '../../../../../../api/src/consultations/schemas.ts';
import { SUGGESTION_TEXT_MAX } from '../../../../../../api/src/consultations/schemas.ts';
import { Alert } from '../../../../components/ui/alert.tsx';
import { ErrorSummary } from '../../../../components/ui/error-summary.tsx';
import { useTranslation, type Translate } from '../../../../i18n/use-translation.ts';
import { ApiRefused } from '../../../lib/public-api.ts';
import { useAnswer, useMyHaveYourSay, useSuggest, useTakePart } from '../api/have-your-say-api.ts';
import { CardDesign } from './card-design.tsx';
import { OutcomeList } from './outcome-list.tsx';

/** A refusal, in the page's language. */
function problemOf(t: Translate, error: unknown): string {
  if (!(error instanceof ApiRefused)) return t('haveYourSay.errors.offline');
  if (error.code === 'ALREADY_ANSWERED') return t('haveYourSay.errors.alreadyAnswered');
  if (error.status === 401) return t('haveYourSay.errors.signedOut');
  if (error.status === 429) return t('haveYourSay.errors.tooMany');
  return t('haveYourSay.errors.notSent');
}

/**
 * "Have your say" on a young carer's own page: the questions open for them,
 * a suggestion box, what the service did, and taking part. Nothing counts
 * down, nags or keeps score: every part is there when they want it.
 */
export function HaveYourSay() {
  const { t } = useTranslation();
  const query = useMyHaveYourSay();
  if (query.isPending) return <p role="status">{t('haveYourSay.loading')}</p>;
  if (query.isError) return null;
  const { consultations, outcomes, takePart } = query.data;
  return (
    <section className="panel have-your-say" aria-labelledby="have-your-say">
      <h2 id="have-your-say">{t('haveYourSay.title')}</h2>
      <p>{t('haveYourSay.lead')}</p>
      {consultations.length === 0 ? <p>{t('haveYourSay.noQuestions')}</p> : consultations.map((consultation) => <Question key={consultation.id} consultation={consultation} />)}
      <SuggestionForm />
      <section aria-labelledby="you-said-we-did-mine">
        <h3 id="you-said-we-did-mine">{t('haveYourSay.youSaidWeDid')}</h3>
        <OutcomeList outcomes={outcomes} headingLevel={3} />
      </section>
      <TakePartForm registered={takePart.registered} contactBy={takePart.contactBy} />
    </section>
  );
}

function Question({ consultation }: { consultation: MyConsultation }) {
  const { t, language } = useTranslation();
  const answer = useAnswer();
  const [choice, setChoice] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const name = useId();
  const errorId = useId();
  const firstId = useId();
  // Questions and answers are as staff wrote them (in English).
  const staffWords = language === 'en' ? undefined : 'en';
  if (consultation.answered) {
    return (
      <div className="question question--answered">
        <h3 lang={staffWords}>{consultation.question}</h3>
        <p role="status">{t('haveYourSay.answered')}</p>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) {
      setMissing(true);
      setAttempts((count) => count + 1);
      return;
    }
    answer.mutate({ consultationId: consultation.id, optionId: choice });
  };
  const missingText = t('haveYourSay.errors.chooseAnswer');
  return (
    <form className="question" onSubmit={submit} noValidate>
      <ErrorSummary items={missing ? [{ message: missingText, fieldId: firstId, fieldName: name }] : []} focusKey={attempts} />
      <fieldset className="choices" aria-describedby={missing ? errorId : undefined}>
        <legend>
          <h3 lang={staffWords}>{consultation.question}</h3>
        </legend>
        {consultation.description ? <p lang={staffWords}>{consultation.description}</p> : null}
        {missing ? (
          <p className="field__error" id={errorId}>
            {missingText}
          </p>
        ) : null}
        {consultation.options.map((option, index) => (
          <label key={option.id} className="choice choice--option">
            <input
              type="radio"
              name={name}
              id={index === 0 ? firstId : undefined}
              value={option.id}
              checked={choice === option.id}
              aria-invalid={missing && index === 0 ? true : undefined}
              onChange={() => {
                setChoice(option.id);
                setMissing(false);
              }}
            />
            <span className="choice__body">
              {option.kind === 'template' ? <CardDesign consultationId={consultation.id} optionId={option.id} label={option.label} /> : null}
              {option.kind === 'image' ? (
                <img
                  className="option-picture"
                  src={`/api/my/consultations/${encodeURIComponent(consultation.id)}/options/${encodeURIComponent(option.id)}/image`}
                  alt={option.imageAlt ?? ''}
                  lang={staffWords}
                  loading="lazy"
                  decoding="async"
                />
              ) : null}
              <span lang={staffWords}>{option.label}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {answer.isError ? <Alert tone="error">{problemOf(t, answer.error)}</Alert> : null}
      <button type="submit" className="button button--primary" disabled={answer.isPending}>
        {t('haveYourSay.sendAnswer')}
      </button>
    </form>
  );
}

function SuggestionForm() {
  const { t } = useTranslation();
  const suggest = useSuggest();
  const ids = { text: useId(), hint: useId(), error: useId() };
  const [kind, setKind] = useState<SuggestionKind>('benefit');
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const [sent, setSent] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setMissing(true);
      setAttempts((count) => count + 1);
      return;
    }
    setMissing(false);
    suggest.mutate(
      { kind, text },
      {
        onSuccess: () => {
          setSent(true);
          setText('');
        },
      },
    );
  };
  const missingText = t('haveYourSay.errors.writeIdea');
  return (
    <form className="suggestion-form" onSubmit={submit} noValidate>
      <h3>{t('haveYourSay.suggest.title')}</h3>
      <ErrorSummary items={missing ? [{ message: missingText, fieldId: ids.text }] : []} focusKey={attempts} />
      <fieldset className="choices">
        <legend>{t('haveYourSay.suggest.what')}</legend>
        <label className="choice">
          <input type="radio" name="suggestion-kind" value="benefit" checked={kind === 'benefit'} onChange={() => setKind('benefit')} />
          <span>{t('haveYourSay.suggest.benefit')}</span>
        </label>
        <label className="choice">
          <input type="radio" name="suggestion-kind" value="partner" checked={kind === 'partner'} onChange={() => setKind('partner')} />
          <span>{t('haveYourSay.suggest.partner')}</span>
        </label>
      </fieldset>
      <div className={missing ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={ids.text}>
          {t('haveYourSay.suggest.label')}
        </label>
        <p className="field__hint" id={ids.hint}>
          {t('haveYourSay.suggest.hint')}
        </p>
        {missing ? (
          <p className="field__error" id={ids.error}>
            <span className="visually-hidden">{t('haveYourSay.errorPrefix')}</span>
            {missingText}
          </p>
        ) : null}
        <textarea
          id={ids.text}
          className="input"
          rows={3}
          maxLength={SUGGESTION_TEXT_MAX}
          value={text}
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? `${ids.hint} ${ids.error}` : ids.hint}
          onChange={(event) => {
            setText(event.target.value);
            setSent(false);
          }}
        />
      </div>
      {suggest.isError ? <Alert tone="error">{problemOf(t, suggest.error)}</Alert> : null}
      {sent ? (
        <Alert tone="success" title={t('haveYourSay.suggest.sentTitle')}>
          <p>{t('haveYourSay.suggest.sentText')}</p>
        </Alert>
      ) : null}
      <button type="submit" className="button" disabled={suggest.isPending}>
        {t('haveYourSay.suggest.submit')}
      </button>
    </form>
  );
}

const CONTACT_CHOICES: ContactMethod[] = ['phone', 'email', 'online', 'face_to_face'];

function TakePartForm({ registered, contactBy }: { registered: boolean; contactBy: ContactMethod[] }) {
  const { t } = useTranslation();
  const save = useTakePart();
  const [chosen, setChosen] = useState<ContactMethod[]>(contactBy);
  const [missing, setMissing] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const [saved, setSaved] = useState(false);
  const errorId = useId();
  const firstId = useId();
  const toggle = (value: ContactMethod) => {
    setSaved(false);
    setMissing(false);
    setChosen((list) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setMissing(true);
      setAttempts((count) => count + 1);
      return;
    }
    save.mutate(chosen, { onSuccess: () => setSaved(true) });
  };
  const missingText = t('haveYourSay.errors.chooseWay');
  return (
    <form className="take-part-form" onSubmit={submit} noValidate>
      <h3>{t('haveYourSay.takePart.title')}</h3>
      <ErrorSummary items={missing ? [{ message: missingText, fieldId: firstId }] : []} focusKey={attempts} />
      <p>{t('haveYourSay.takePart.lead')}</p>
      {registered && !saved ? <p>{t('haveYourSay.takePart.registered')}</p> : null}
      <fieldset className="choices" aria-describedby={missing ? errorId : undefined}>
        <legend>{t('haveYourSay.takePart.how')}</legend>
        {missing ? (
          <p className="field__error" id={errorId}>
            {missingText}
          </p>
        ) : null}
        {CONTACT_CHOICES.map((value, index) => (
          <label key={value} className="choice">
            <input
              type="checkbox"
              id={index === 0 ? firstId : undefined}
              checked={chosen.includes(value)}
              aria-invalid={missing && index === 0 ? true : undefined}
              onChange={() => toggle(value)}
            />
            <span>{t(`haveYourSay.takePart.by.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      {save.isError ? <Alert tone="error">{problemOf(t, save.error)}</Alert> : null}
      {saved ? <Alert tone="success" title={t('haveYourSay.takePart.savedTitle')} /> : null}
      <button type="submit" className="button" disabled={save.isPending}>
        {registered ? t('haveYourSay.takePart.save') : t('haveYourSay.takePart.submit')}
      </button>
    </form>
  );
}
