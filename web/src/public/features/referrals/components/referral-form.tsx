import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ReferralReceipt, SubmitReferralBody } from '../../../../../../api/src/referrals/schemas.ts';
import { REFERRAL_MIN_AGE_ALONE, REFERRAL_NAME_MAX, REFERRAL_PHOTO_MAX_BYTES, REFERRAL_TEXT_MAX } from '../../../../../../api/src/shared/referral-limits.ts';
import { Alert } from '../../../../components/ui/alert.tsx';
import { dateOfBirthFrom, MONTHS } from '../../../lib/date-of-birth.ts';
import { ApiRefused } from '../../../lib/public-api.ts';
import { useSubmitReferral } from '../api/submit-referral.ts';

type Role = SubmitReferralBody['referrerRole'];
type Errors = Partial<Record<string, string>>;

const ROLES: { value: Role; label: string; hint: string }[] = [
  { value: 'young_carer', label: 'I am the young carer', hint: `If you are under ${REFERRAL_MIN_AGE_ALONE}, please fill this in with an adult you trust.` },
  { value: 'parent', label: 'I am their parent or carer', hint: '' },
  { value: 'professional', label: 'I work with them', hint: 'For example a teacher, school nurse, GP, social worker or youth worker.' },
];

const CONSENT_BY: { value: SubmitReferralBody['consentBy']; label: string }[] = [
  { value: 'young_carer', label: 'The young carer said yes' },
  { value: 'parent', label: 'Their parent or carer said yes' },
  { value: 'guardian', label: 'Their guardian said yes' },
  { value: 'professional', label: 'A professional agreed, because the family could not be asked' },
];

const CONSENT_METHOD: { value: SubmitReferralBody['consentMethod']; label: string }[] = [
  { value: 'online', label: 'They are here with me, or this is them filling it in' },
  { value: 'verbal', label: 'They told me, in person or on the phone' },
  { value: 'written', label: 'They said yes in writing (a letter, a form or a message)' },
];

const MB = REFERRAL_PHOTO_MAX_BYTES / 1024 / 1024;

/** The labels of the fields a server answer can name, for the list of problems at the top. */
const FIELD_LABELS: Record<string, string> = {
  givenName: 'First name',
  familyName: 'Last name',
  dateOfBirth: 'Date of birth',
  contactEmail: 'Their email',
  contactPhone: 'Their phone',
  referrerRole: 'Who is filling in this form',
  referrerName: 'Your name',
  referrerEmail: 'Your email',
  referrerPhone: 'Your phone',
  withAdult: 'An adult is with me',
  consentBy: 'Who said yes',
  consentMethod: 'How they said yes',
  photo: 'Photo',
};

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}

/**
 * The referral form: plain questions, one column, native controls (no date
 * picker, no script-heavy widgets), the problems listed at the top with
 * links to each. The honeypot box is off-screen and hidden from screen
 * readers; people never fill it in.
 */
export function ReferralForm({ onSent }: { onSent: (receipt: ReferralReceipt) => void }) {
  const submit = useSubmitReferral();
  const form = useRef<HTMLFormElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [role, setRole] = useState<Role | ''>('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;

  const showProblems = (next: Errors, message: string | null = null) => {
    setErrors(next);
    setFormError(message);
    requestAnimationFrame(() => summary.current?.focus());
  };

  async function send(event: FormEvent) {
    event.preventDefault();
    const data = new FormData(form.current!);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const next: Errors = {};
    if (!text('givenName')) next.givenName = 'Enter the young carer’s first name.';
    if (!text('familyName')) next.familyName = 'Enter the young carer’s last name.';
    const dob = dateOfBirthFrom(text('dobDay'), text('dobMonth'), text('dobYear'), 'their');
    if ('error' in dob) next.dateOfBirth = dob.error;
    if (!role) next.referrerRole = 'Choose who is filling in this form.';
    if (role && role !== 'young_carer' && !text('referrerName')) next.referrerName = 'Enter your name.';
    if (role === 'young_carer' && !text('contactEmail') && !text('contactPhone')) next.contactEmail = 'Give your email or phone number, so we can get in touch.';
    if (role && role !== 'young_carer' && !text('referrerEmail') && !text('referrerPhone')) next.referrerEmail = 'Give your email or phone number, so we can get in touch.';
    if (!data.get('consentBy')) next.consentBy = 'Choose who said yes to this referral.';
    if (!data.get('consentMethod')) next.consentMethod = 'Choose how they said yes.';
    const file = data.get('photo');
    const photo = file instanceof File && file.size > 0 ? file : null;
    if (photo && photo.size > REFERRAL_PHOTO_MAX_BYTES) next.photo = `The photo is too big. Choose one under ${MB} MB.`;
    if (Object.keys(next).length > 0 || !role || 'error' in dob) {
      showProblems(next);
      return;
    }
    const body: SubmitReferralBody = {
      givenName: text('givenName'),
      familyName: text('familyName'),
      preferredName: text('preferredName'),
      dateOfBirth: dob.value,
      contactEmail: text('contactEmail'),
      contactPhone: text('contactPhone'),
      school: text('school'),
      area: text('area'),
      referrerRole: role,
      referrerName: text('referrerName'),
      referrerOrganisation: text('referrerOrganisation'),
      referrerEmail: text('referrerEmail'),
      referrerPhone: text('referrerPhone'),
      withAdult: data.get('withAdult') === 'yes',
      consentBy: data.get('consentBy') as SubmitReferralBody['consentBy'],
      consentMethod: data.get('consentMethod') as SubmitReferralBody['consentMethod'],
      website: text('website'),
    };
    try {
      if (photo) body.photo = await readAsBase64(photo);
    } catch {
      showProblems({ photo: 'That photo could not be read. Choose another, or leave it out.' });
      return;
    }
    try {
      onSent(await submit.mutateAsync(body));
    } catch (error) {
      if (error instanceof ApiRefused) {
        const field = fieldOf(error);
        if (field) showProblems({ [field]: error.message });
        else if (error.status === 429 && error.code === 'TOO_MANY_REQUESTS') showProblems({}, 'Too many referrals have been sent from this connection. Please wait an hour and try again, or call us.');
        else showProblems({}, error.message);
      } else {
        showProblems({}, 'That did not send. Check you are online and try again. Nothing you typed has been lost.');
      }
    }
  }

  const problems = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  const invalid = (name: string) => (errors[name] ? true : undefined);
  const describedBy = (name: string, hint = false) => [hint ? id(`${name}-hint`) : null, errors[name] ? id(`${name}-error`) : null].filter(Boolean).join(' ') || undefined;
  const errorLine = (name: string) =>
    errors[name] ? (
      <p className="field__error" id={id(`${name}-error`)}>
        <span className="visually-hidden">Error: </span>
        {errors[name]}
      </p>
    ) : null;
  const textField = (name: string, label: string, options: { hint?: string; type?: string; autoComplete?: string; maxLength?: number; inputMode?: 'email' | 'tel' | 'text' } = {}) => (
    <div className={errors[name] ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id(name)}>
        {label}
      </label>
      {options.hint ? (
        <p className="field__hint" id={id(`${name}-hint`)}>
          {options.hint}
        </p>
      ) : null}
      {errorLine(name)}
      <input
        id={id(name)}
        name={name}
        className="input"
        type={options.type ?? 'text'}
        autoComplete={options.autoComplete ?? 'off'}
        inputMode={options.inputMode}
        maxLength={options.maxLength ?? REFERRAL_NAME_MAX}
        aria-invalid={invalid(name)}
        aria-describedby={describedBy(name, Boolean(options.hint))}
      />
    </div>
  );
  const choices = (name: string, legend: ReactNode, items: { value: string; label: string; hint?: string }[], onChange?: (value: string) => void) => (
    <fieldset className={errors[name] ? 'field field--invalid choices' : 'field choices'} aria-describedby={describedBy(name)} id={id(name)} tabIndex={-1}>
      <legend className="field__label">{legend}</legend>
      {errorLine(name)}
      {items.map((item) => (
        <label key={item.value} className="choice">
          <input type="radio" name={name} value={item.value} onChange={onChange ? () => onChange(item.value) : undefined} />
          <span>
            {item.label}
            {item.hint ? <span className="choice__hint">{item.hint}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );

  return (
    <form ref={form} className="refer-form" noValidate onSubmit={(e) => void send(e)} aria-label="Referral">
      <div ref={summary} tabIndex={-1} className="refer-form__summary">
        {formError ? <Alert tone="error" title={formError} /> : null}
        {problems.length > 0 ? (
          <Alert tone="error" title="Please check these answers">
            <ul>
              {problems.map(([name, message]) => (
                <li key={name}>
                  <a href={`#${id(name === 'dateOfBirth' ? 'dobDay' : name)}`}>
                    {FIELD_LABELS[name] ?? name}: {message}
                  </a>
                </li>
              ))}
            </ul>
          </Alert>
        ) : null}
      </div>

      <section className="panel" aria-labelledby={id('about-title')}>
        <h2 id={id('about-title')}>About the young carer</h2>
        {textField('givenName', 'First name', { autoComplete: 'off' })}
        {textField('familyName', 'Last name')}
        {textField('preferredName', 'The name they like to be called (if different)', { hint: 'This is the name we print on their card.' })}
        <fieldset className={errors.dateOfBirth ? 'field field--invalid date-of-birth' : 'field date-of-birth'} aria-describedby={[id('dob-hint'), errors.dateOfBirth ? id('dateOfBirth-error') : ''].join(' ').trim()}>
          <legend className="field__label">Date of birth</legend>
          <p className="field__hint" id={id('dob-hint')}>
            For example, 27 March 2012
          </p>
          {errorLine('dateOfBirth')}
          <div className="date-of-birth__parts">
            <label>
              <span>Day</span>
              <input id={id('dobDay')} name="dobDay" className="input" inputMode="numeric" maxLength={2} aria-invalid={invalid('dateOfBirth')} />
            </label>
            <label>
              <span>Month</span>
              <select name="dobMonth" className="select" defaultValue="">
                <option value="">Month</option>
                {MONTHS.map((month, i) => (
                  <option key={month} value={String(i + 1)}>
                    {month}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>Year</span>
              <input name="dobYear" className="input" inputMode="numeric" maxLength={4} />
            </label>
          </div>
        </fieldset>
        {textField('contactEmail', 'Their own email (if they have one)', { type: 'email', inputMode: 'email', maxLength: 254 })}
        {textField('contactPhone', 'Their own phone number (if they have one)', { type: 'tel', inputMode: 'tel', maxLength: 20 })}
        {textField('school', 'School or college (if they go to one)', { maxLength: REFERRAL_TEXT_MAX })}
        {textField('area', 'Where they live: the town or area (you can skip this)', { hint: 'Not the full address. For example, Bulwell or Mansfield.', maxLength: REFERRAL_TEXT_MAX })}
      </section>

      <section className="panel" aria-labelledby={id('you-title')}>
        <h2 id={id('you-title')}>About you</h2>
        {choices('referrerRole', 'Who is filling in this form?', ROLES, (value) => setRole(value as Role))}
        {role === 'young_carer' ? (
          <div className="field">
            <label className="choice">
              <input type="checkbox" name="withAdult" value="yes" id={id('withAdult')} aria-describedby={describedBy('withAdult')} />
              <span>An adult is helping me fill this in (you need one if you are under {REFERRAL_MIN_AGE_ALONE})</span>
            </label>
            {errorLine('withAdult')}
          </div>
        ) : null}
        {role === 'parent' || role === 'professional' ? (
          <>
            {textField('referrerName', 'Your name', { autoComplete: 'name' })}
            {role === 'professional' ? textField('referrerOrganisation', 'Where you work', { hint: 'For example, the school or surgery.', autoComplete: 'organization', maxLength: REFERRAL_TEXT_MAX }) : null}
            {textField('referrerEmail', 'Your email', { type: 'email', inputMode: 'email', autoComplete: 'email', maxLength: 254, hint: 'Give an email or a phone number (or both), so we can get in touch.' })}
            {textField('referrerPhone', 'Your phone number', { type: 'tel', inputMode: 'tel', autoComplete: 'tel', maxLength: 20 })}
          </>
        ) : null}
      </section>

      <section className="panel" aria-labelledby={id('consent-title')}>
        <h2 id={id('consent-title')}>Saying yes</h2>
        <p>
          We only help young carers who know about this referral and are happy for it. If they are under 16, their parent or carer should know too. We keep what you tell us safe,
          and we only use it to support the young carer.
        </p>
        {choices('consentBy', 'Who said yes to this referral?', CONSENT_BY)}
        {choices('consentMethod', 'How did they say yes?', CONSENT_METHOD)}
      </section>

      <section className="panel" aria-labelledby={id('photo-title')}>
        <h2 id={id('photo-title')}>A photo for the card (you can skip this)</h2>
        <div className={errors.photo ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor={id('photo')}>
            Photo of the young carer
          </label>
          <p className="field__hint" id={id('photo-hint')}>
            A clear photo of their face, on its own, up to {MB} MB (JPEG, PNG or WebP). You can also give us one later.
          </p>
          {errorLine('photo')}
          <input id={id('photo')} name="photo" type="file" accept="image/jpeg,image/png,image/webp" className="input" aria-invalid={invalid('photo')} aria-describedby={describedBy('photo', true)} />
        </div>
      </section>

      {/* People never see or hear this box; a robot filling in every box does. */}
      <div className="refer-form__trap" aria-hidden="true">
        <label htmlFor={id('website')}>Leave this empty</label>
        <input id={id('website')} name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <p>When you send this, our staff will get your referral. You do not need an account.</p>
      <button type="submit" className="button button--primary button--large" disabled={submit.isPending}>
        {submit.isPending ? 'Sending…' : 'Send referral'}
      </button>
    </form>
  );
}

/** The field a refusal names, when the form has it. */
function fieldOf(error: ApiRefused): string | null {
  return error.field && error.field in FIELD_LABELS ? error.field : null;
}
