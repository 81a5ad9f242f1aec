import { useId, useRef, useState, type FormEvent } from 'react';
import { parseInvitationCode, formatInvitationCode } from '../../../../../../api/src/invitations/invitation-code.ts';
import { Alert } from '../../../../components/ui/alert.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../../../../components/ui/error-summary.tsx';
import { useTranslation, type Translate } from '../../../../i18n/use-translation.ts';
import { dateOfBirthFrom } from '../../../lib/date-of-birth.ts';
import { formatCalendarDay, monthNames } from '../../../../i18n/dates.ts';
import { useOrganisation } from '../../../lib/organisation.ts';
import { ApiRefused } from '../../../lib/public-api.ts';
import { useSignIn } from '../api/my-card-api.ts';

type Errors = { code?: string; dateOfBirth?: string; form?: string };

/** Refusals of the code that name the charity: said in the page's language when we know its name, else as the API said it. */
const CODE_REFUSALS: Partial<Record<string, string>> = {
  INVITATION_INVALID: 'my.errors.invitationInvalid',
  INVITATION_LOCKED: 'my.errors.invitationLocked',
  INVITATION_USED: 'my.errors.invitationUsed',
  INVITATION_EXPIRED: 'my.errors.invitationExpired',
};

/** The API's refusal of a sign-in, as the page says it: which field it is about, and the sentence. */
function refusalOf(t: Translate, error: ApiRefused, organisation: string | undefined): Errors {
  if (error.status === 429) {
    return { form: error.retryAfter ? t('my.errors.tooManyTriesSeconds', { seconds: error.retryAfter }) : t('my.errors.tooManyTries') };
  }
  if (error.code === 'DATE_OF_BIRTH_MISMATCH') {
    // The API puts the tries left in its sentence only.
    const left = /\d+/.exec(error.message)?.[0];
    return { dateOfBirth: left ? t('my.errors.dateOfBirthMismatch', { left: Number(left) }) : t('my.errors.dateOfBirthMismatchNoCount') };
  }
  const key = CODE_REFUSALS[error.code];
  if (key) {
    // Locked by this wrong date of birth: the message goes by the date, as the API says.
    const lockedNow = error.code === 'INVITATION_LOCKED' && error.field === 'dateOfBirth';
    const message = organisation ? t(lockedNow ? 'my.errors.lockedNow' : key, { organisation }) : error.message;
    return lockedNow ? { dateOfBirth: message } : { code: message };
  }
  return { form: t('my.errors.notOpened') };
}

/**
 * Opening an invitation: the code (filled in from the link, or typed from a
 * slip or a phone call) and the young carer's date of birth, as three simple
 * boxes rather than a date picker that scrolls back through the years.
 */
export function SignInForm({ initialCode, replacesCard, onSignedIn }: { initialCode: string | null; replacesCard: boolean; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const organisation = useOrganisation()?.name;
  const signIn = useSignIn();
  const [code, setCode] = useState(initialCode ?? '');
  const [day, setDay] = useState('');
  const [month, setMonth] = useState('');
  const [year, setYear] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [attempts, setAttempts] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const ids = { code: useId(), day: useId(), dobHint: useId(), dobError: useId(), codeError: useId() };
  const fromLink = initialCode !== null && parseInvitationCode(initialCode) !== undefined;

  const failed = (next: Errors) => {
    setErrors(next);
    setAttempts((count) => count + 1);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: Errors = {};
    const stored = parseInvitationCode(code);
    if (!stored) next.code = code.trim() ? t('my.errors.codeNotRight') : t('my.errors.codeMissing');
    const dob = dateOfBirthFrom(day, month, year);
    if ('problem' in dob) next.dateOfBirth = t(`my.errors.dateOfBirth.${dob.problem}`);
    if (next.code || next.dateOfBirth || !stored || 'problem' in dob) {
      failed(next);
      return;
    }
    setErrors({});
    try {
      await signIn.mutateAsync({ code: formatInvitationCode(stored), dateOfBirth: dob.value });
      onSignedIn();
    } catch (error) {
      failed(error instanceof ApiRefused ? refusalOf(t, error, organisation) : { form: t('my.errors.offline') });
    }
  }

  const summary: ErrorSummaryItem[] = [
    ...(errors.code ? [{ message: errors.code, fieldId: ids.code }] : []),
    ...(errors.dateOfBirth ? [{ message: errors.dateOfBirth, fieldId: ids.day }] : []),
  ];

  return (
    <form ref={form} className="panel sign-in" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-title">
      <ErrorSummary items={summary} focusKey={attempts} />
      <h2 id="sign-in-title">{fromLink ? t('my.signIn.titleFromLink') : t('my.signIn.title')}</h2>
      <p>{fromLink ? t('my.signIn.leadFromLink') : t('my.signIn.lead')}</p>
      {replacesCard ? (
        <Alert tone="info" title={t('my.signIn.replacesTitle')}>
          <p>{t('my.signIn.replacesText')}</p>
        </Alert>
      ) : null}
      {errors.form ? <Alert tone="error" title={errors.form} /> : null}

      <div className={errors.code ? 'field field--invalid' : 'field'}>
        <label className="field__label" htmlFor={ids.code}>
          {t('my.signIn.code')}
        </label>
        {errors.code ? (
          <p className="field__error" id={ids.codeError}>
            <span className="visually-hidden">{t('my.errorPrefix')}</span>
            {errors.code}
          </p>
        ) : null}
        <input
          id={ids.code}
          className="input input--code"
          dir="ltr"
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
        <legend className="field__label">{t('my.signIn.dateOfBirth')}</legend>
        <p className="field__hint" id={ids.dobHint}>
          {t('my.signIn.dateOfBirthHint', { example: formatCalendarDay('2012-03-27') })}
        </p>
        {errors.dateOfBirth ? (
          <p className="field__error" id={ids.dobError}>
            <span className="visually-hidden">{t('my.errorPrefix')}</span>
            {errors.dateOfBirth}
          </p>
        ) : null}
        <div className="date-of-birth__parts">
          <label>
            <span>{t('my.signIn.day')}</span>
            <input id={ids.day} className="input" inputMode="numeric" autoComplete="bday-day" maxLength={2} value={day} onChange={(e) => setDay(e.target.value)} aria-invalid={errors.dateOfBirth ? true : undefined} />
          </label>
          <label>
            <span>{t('my.signIn.month')}</span>
            <select className="select" autoComplete="bday-month" value={month} onChange={(e) => setMonth(e.target.value)}>
              <option value="">{t('my.signIn.month')}</option>
              {monthNames().map((name, i) => (
                <option key={name} value={String(i + 1)}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('my.signIn.year')}</span>
            <input className="input" inputMode="numeric" autoComplete="bday-year" maxLength={4} value={year} onChange={(e) => setYear(e.target.value)} />
          </label>
        </div>
      </fieldset>

      <button type="submit" className="button button--primary button--large" disabled={signIn.isPending}>
        {signIn.isPending ? t('my.signIn.opening') : t('my.signIn.submit')}
      </button>
    </form>
  );
}
