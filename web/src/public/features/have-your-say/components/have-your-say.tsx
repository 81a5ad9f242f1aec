import { useId, useState, type FormEvent } from 'react';
import type { ContactMethod, MyConsultation, SuggestionKind } from '../../../../../../api/src/consultations/schemas.ts';
import { SUGGESTION_TEXT_MAX } from '../../../../../../api/src/consultations/schemas.ts';
import { Alert } from '../../../../components/ui/alert.tsx';
import { ApiRefused } from '../../../lib/public-api.ts';
import { useAnswer, useMyHaveYourSay, useSuggest, useTakePart } from '../api/have-your-say-api.ts';
import { CardDesign } from './card-design.tsx';
import { OutcomeList } from './outcome-list.tsx';

const problemOf = (error: unknown) => (error instanceof ApiRefused ? error.message : 'That did not send. Check you are online and try again.');

/**
 * "Have your say" on a young carer's own page: the questions open for them,
 * a suggestion box, what the service did, and taking part. Nothing counts
 * down, nags or keeps score: every part is there when they want it.
 */
export function HaveYourSay() {
  const query = useMyHaveYourSay();
  if (query.isPending) return <p role="status">Loading “Have your say”…</p>;
  if (query.isError) return null;
  const { consultations, outcomes, takePart } = query.data;
  return (
    <section className="panel have-your-say" aria-labelledby="have-your-say">
      <h2 id="have-your-say">Have your say</h2>
      <p>Help us plan the card and what it gets you. Answer when it suits you; you can skip anything.</p>
      {consultations.length === 0 ? <p>There are no questions for you right now.</p> : consultations.map((consultation) => <Question key={consultation.id} consultation={consultation} />)}
      <SuggestionForm />
      <section aria-labelledby="you-said-we-did-mine">
        <h3 id="you-said-we-did-mine">You said, we did</h3>
        <OutcomeList outcomes={outcomes} headingLevel={3} />
      </section>
      <TakePartForm registered={takePart.registered} contactBy={takePart.contactBy} />
    </section>
  );
}

function Question({ consultation }: { consultation: MyConsultation }) {
  const answer = useAnswer();
  const [choice, setChoice] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const name = useId();
  const errorId = useId();
  if (consultation.answered) {
    return (
      <div className="question question--answered">
        <h3>{consultation.question}</h3>
        <p role="status">You have answered this one. Thank you!</p>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) {
      setMissing(true);
      return;
    }
    answer.mutate({ consultationId: consultation.id, optionId: choice });
  };
  return (
    <form className="question" onSubmit={submit} noValidate>
      <fieldset className="choices" aria-describedby={missing ? errorId : undefined}>
        <legend>
          <h3>{consultation.question}</h3>
        </legend>
        {consultation.description ? <p>{consultation.description}</p> : null}
        {missing ? (
          <p className="field__error" id={errorId}>
            Choose one answer, then send it.
          </p>
        ) : null}
        {consultation.options.map((option) => (
          <label key={option.id} className="choice choice--option">
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={choice === option.id}
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
                  loading="lazy"
                  decoding="async"
                />
              ) : null}
              <span>{option.label}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {answer.isError ? <Alert tone="error">{problemOf(answer.error)}</Alert> : null}
      <button type="submit" className="button button--primary" disabled={answer.isPending}>
        Send my answer
      </button>
    </form>
  );
}

function SuggestionForm() {
  const suggest = useSuggest();
  const ids = { text: useId(), hint: useId(), error: useId() };
  const [kind, setKind] = useState<SuggestionKind>('benefit');
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setMissing(true);
      return;
    }
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
  return (
    <form className="suggestion-form" onSubmit={submit} noValidate>
      <h3>Suggest something</h3>
      <fieldset className="choices">
        <legend>What is your idea?</legend>
        <label className="choice">
          <input type="radio" name="suggestion-kind" value="benefit" checked={kind === 'benefit'} onChange={() => setKind('benefit')} />
          <span>An offer or benefit that would help you</span>
        </label>
        <label className="choice">
          <input type="radio" name="suggestion-kind" value="partner" checked={kind === 'partner'} onChange={() => setKind('partner')} />
          <span>A shop or place that should take the card</span>
        </label>
      </fieldset>
      <div className={missing ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={ids.text}>
          Your idea, in your own words
        </label>
        <p className="field__hint" id={ids.hint}>
          Only staff read it. Nothing you write is shown to anyone else unless staff choose to, and it is not kept with your name.
        </p>
        {missing ? (
          <p className="field__error" id={ids.error}>
            Write your idea first.
          </p>
        ) : null}
        <textarea
          id={ids.text}
          className="input"
          rows={3}
          maxLength={SUGGESTION_TEXT_MAX}
          value={text}
          aria-describedby={missing ? `${ids.hint} ${ids.error}` : ids.hint}
          onChange={(event) => {
            setText(event.target.value);
            setSent(false);
          }}
        />
      </div>
      {suggest.isError ? <Alert tone="error">{problemOf(suggest.error)}</Alert> : null}
      {sent ? (
        <Alert tone="success" title="Thank you, we have your idea">
          <p>Staff read every idea.</p>
        </Alert>
      ) : null}
      <button type="submit" className="button" disabled={suggest.isPending}>
        Send my idea
      </button>
    </form>
  );
}

const CONTACT_CHOICES: { value: ContactMethod; label: string }[] = [
  { value: 'phone', label: 'By phone' },
  { value: 'email', label: 'By email' },
  { value: 'online', label: 'Online (a video call or chat)' },
  { value: 'face_to_face', label: 'Face to face' },
];

function TakePartForm({ registered, contactBy }: { registered: boolean; contactBy: ContactMethod[] }) {
  const save = useTakePart();
  const [chosen, setChosen] = useState<ContactMethod[]>(contactBy);
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const errorId = useId();
  const toggle = (value: ContactMethod) => {
    setSaved(false);
    setMissing(false);
    setChosen((list) => (list.includes(value) ? list.filter((item) => item !== value) : [...list, value]));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length === 0) {
      setMissing(true);
      return;
    }
    save.mutate(chosen, { onSuccess: () => setSaved(true) });
  };
  return (
    <form className="take-part-form" onSubmit={submit} noValidate>
      <h3>Take part</h3>
      <p>Join a design group or an event with other young carers, when it fits around your caring. Staff will get in touch.</p>
      {registered && !saved ? <p>You told us you would like to take part. You can change how we contact you.</p> : null}
      <fieldset className="choices" aria-describedby={missing ? errorId : undefined}>
        <legend>How should we contact you?</legend>
        {missing ? (
          <p className="field__error" id={errorId}>
            Choose at least one way.
          </p>
        ) : null}
        {CONTACT_CHOICES.map((choice) => (
          <label key={choice.value} className="choice">
            <input type="checkbox" checked={chosen.includes(choice.value)} onChange={() => toggle(choice.value)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </fieldset>
      {save.isError ? <Alert tone="error">{problemOf(save.error)}</Alert> : null}
      {saved ? <Alert tone="success" title="Thank you, staff will get in touch" /> : null}
      <button type="submit" className="button" disabled={save.isPending}>
        {registered ? 'Save' : 'I would like to take part'}
      </button>
    </form>
  );
}
