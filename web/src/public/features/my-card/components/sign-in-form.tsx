import { useId, useRef, useState, type FormEvent } from 'react';
import { parseInvitationCode, formatInvitationCode } from '../../../../../../api/src/invitations/invitation-code.ts';
import { Alert } from '../../../../components/ui/alert.tsx';
import { dateOfBirthFrom, MONTHS } from '../../../lib/date-of-birth.ts';
import { ApiRefused } from '../../../lib/public-api.ts';
import { useSignIn } from '../api/my-card-api.ts';

type Errors = { code?: string; dateOfBirth?: string; form?: string };

/**
 * Opening an invitation: the code (filled in from the link, or typed from a
 * slip or a phone call) and the young carer's date of birth, as three simple
 * boxes rather than a date picker that scrolls back through the years.
 */
export function SignInForm({ initialCode, replacesCard, onSignedIn }: { initialCode: string | null; replacesCard: boolean; onSignedIn: () => void }) {
  const signIn = useSignIn();
  const [code, setCode] = useState(initialCode ?? '');
  const [day, setDay] = useState('');
  const [month, setMonth] = useState('');
  const [year, setYear] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const form = useRef<HTMLFormElement>(null);
  const ids = { code: useId(), dobHint: useId(), dobError: useId(), codeError: useId() };
  const fromLink = initialCode !== null && parseInvitationCode(initialCode) !== undefined;

  const focusFirstError = () => requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: Errors = {};
    const stored = parseInvitationCode(code);
    if (!stored) next.code = code.trim() ? 'That code is not right: it has 10 letters and numbers, like K7P3Q-9MD2H.' : 'Enter the code you were given.';
    const dob = dateOfBirthFrom(day, month, year);
    if ('error' in dob) next.dateOfBirth = dob.error;
    setErrors(next);
    if (next.code || next.dateOfBirth || !stored || 'error' in dob) {
      focusFirstError();
      return;
    }
    try {
      await signIn.mutateAsync({ code: formatInvitationCode(stored), dateOfBirth: dob.value });
      onSignedIn();
    } catch (error) {
      if (error instanceof ApiRefused) {
        if (error.status === 429) setErrors({ form: `Too many tries from this phone. Wait ${error.retryAfter ? `${error.retryAfter} seconds` : 'a minute'} and try again.` });
        else if (error.code === 'DATE_OF_BIRTH_MISMATCH') setErrors({ dateOfBirth: error.message });
        else if (error.code.startsWith('INVITATION_')) setErrors({ code: error.message });
        else setErrors({ form: error.message });
      } else {
        setErrors({ form: 'Could not reach the internet. Check your connection and try again.' });
      }
      focusFirstError();
    }
  }

  return (
    <form ref={form} className="panel sign-in" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">{fromLink ? 'Confirm it is you' : 'Open your card'}</h2>
      <p>
        {fromLink
          ? 'Enter your date of birth to see your card.'
          : 'Enter the code you were given (in your email, on your slip, or read out over the phone) and your date of birth.'}
      </p>
      {replacesCard ? (
        <Alert tone="info" title="There is already a card on this phone">
          <p>Opening this one takes its place.</p>
        </Alert>
      ) : null}
      {errors.form ? <Alert tone="error" title={errors.form} /> : null}

      <div className={errors.code ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={ids.code}>
          Your code
        </label>
        {errors.code ? (
          <p className="field__error" id={ids.codeError}>
            <span className="visually-hidden">Error: </span>
            {errors.code}
          </p>
        ) : null}
        <input
          id={ids.code}
          className="input input--code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          aria-invalid={errors.code ? true : undefined}
          aria-describedby={errors.code ? ids.codeError : undefined}
        />
      </div>

      <fieldset className={errors.dateOfBirth ? 'field field--invalid date-of-birth' : 'field date-of-birth'} aria-describedby={`${ids.dobHint}${errors.dateOfBirth ? ` ${ids.dobError}` : ''}`}>
        <legend className="field__label">Your date of birth</legend>
        <p className="field__hint" id={ids.dobHint}>
          For example, 27 March 2012
        </p>
        {errors.dateOfBirth ? (
          <p className="field__error" id={ids.dobError}>
            <span className="visually-hidden">Error: </span>
            {errors.dateOfBirth}
          </p>
        ) : null}
        <div className="date-of-birth__parts">
          <label>
            <span>Day</span>
            <input className="input" inputMode="numeric" autoComplete="bday-day" maxLength={2} value={day} onChange={(e) => setDay(e.target.value)} aria-invalid={errors.dateOfBirth ? true : undefined} />
          </label>
          <label>
            <span>Month</span>
            <select className="select" autoComplete="bday-month" value={month} onChange={(e) => setMonth(e.target.value)}>
              <option value="">Month</option>
              {MONTHS.map((name, i) => (
                <option key={name} value={String(i + 1)}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Year</span>
            <input className="input" inputMode="numeric" autoComplete="bday-year" maxLength={4} value={year} onChange={(e) => setYear(e.target.value)} />
          </label>
        </div>
      </fieldset>

      <button type="submit" className="button button--primary button--large" disabled={signIn.isPending}>
        {signIn.isPending ? 'Opening…' : 'Show my card'}
      </button>
    </form>
  );
}
