import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ReferralReceipt, SubmitReferralBody } from '../../../../../../api/src/referrals/schemas.ts';
import { DEFAULT_LANGUAGE, isMessageLanguage } from '../../../../../../api/src/shared/languages.ts';
import { REFERRAL_MIN_AGE_ALONE, REFERRAL_NAME_MAX, REFERRAL_PHOTO_MAX_BYTES, REFERRAL_TEXT_MAX } from '../../../../../../api/src/shared/referral-limits.ts';
import { Alert } from '../../../../components/ui/alert.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../../../../components/ui/error-summary.tsx';
import { useTranslation, type Translate } from '../../../../i18n/use-translation.ts';
import { dateOfBirthFrom } from '../../../lib/date-of-birth.ts';
import { formatCalendarDay, monthNames } from '../../../../i18n/dates.ts';
import { useOrganisation } from '../../../lib/organisation.ts';
import { ApiRefused } from '../../../lib/public-api.ts';
import { useSubmitReferral } from '../api/submit-referral.ts';

type Role = SubmitReferralBody['referrerRole'];
type Errors = Partial<Record<string, string>>;

/** The choices' values; their words are `refer.role.*`, `refer.consentBy.*`, `refer.consentMethod.*`. */
const ROLES: Role[] = ['young_carer', 'parent', 'professional'];
const CONSENT_BY: SubmitReferralBody['consentBy'][] = ['young_carer', 'parent', 'guardian', 'professional'];
const CONSENT_METHOD: SubmitReferralBody['consentMethod'][] = ['online', 'verbal', 'written'];

const MB = REFERRAL_PHOTO_MAX_BYTES / 1024 / 1024;

/** The fields a server answer can name (the form shows its refusal beside them), in the order of the form. */
const FIELDS = [
  'givenName',
  'familyName',
  'preferredName',
  'dateOfBirth',
  'contactEmail',
  'contactPhone',
  'school',
  'area',
  'referrerRole',
  'withAdult',
  'referrerName',
  'referrerOrganisation',
  'referrerEmail',
  'referrerPhone',
  'consentBy',
  'consentMethod',
  'photo',
] as const;

/**
 * The API's refusal, in the page's language: on the field it names when the
 * form has it (numbers in the API's sentence, like the age limit, carried
 * over), else for the whole form.
 */
function refusalOf(t: Translate, error: ApiRefused, organisation: { name: string; helpline: string } | undefined): { field?: string; message: string } {
  const contact = organisation ? { organisation: organisation.name, helpline: organisation.helpline, call: organisation.helpline ? 'yes' : 'no' } : null;
  if (error.code === 'REFERRAL_DAILY_LIMIT') return { message: contact ? t('refer.errors.dailyLimit', contact) : error.message };
  if (error.status === 429) return { message: t('refer.errors.tooMany') };
  const field = error.field && (FIELDS as readonly string[]).includes(error.field) ? error.field : null;
  if (!field) return { message: t('refer.errors.notSent') };
  if (error.code === 'PHOTO_TOO_LARGE') return { field, message: t('refer.errors.photoTooBig', { mb: MB }) };
  if (error.code === 'PHOTO_INVALID') return { field, message: t('refer.errors.photoUnreadable') };
  if (field === 'dateOfBirth') {
    const maxAge = /under (\d+)/.exec(error.message)?.[1];
    return { field, message: maxAge ? t('refer.errors.tooOld', { maxAge: Number(maxAge) }) : t('refer.errors.dateOfBirth.not_real') };
  }
  if (field === 'withAdult') return { field, message: t('refer.errors.withAdult', { age: REFERRAL_MIN_AGE_ALONE }) };
  return { field, message: t(`refer.errors.server.${field}`) };
}

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
 * readers; people never fill it in. It is sent with the page's language,
 * so the family hears from us in it.
 */
export function ReferralForm({ onSent }: { onSent: (receipt: ReferralReceipt) => void }) {
  const { t, language } = useTranslation();
  const organisation = useOrganisation();
  const submit = useSubmitReferral();
  const form = useRef<HTMLFormElement>(null);
  const [role, setRole] = useState<Role | ''>('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const refusalBox = useRef<HTMLDivElement>(null);
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  // A refusal of the whole form takes the cursor, as the error summary does for a field's.
  useEffect(() => {
    if (formError) refusalBox.current?.focus();
  }, [formError, attempts]);

  const showProblems = (next: Errors, message: string | null = null) => {
    setErrors(next);
    setFormError(message);
    setAttempts((count) => count + 1);
  };

  async function send(event: FormEvent) {
    event.preventDefault();
    const data = new FormData(form.current!);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const next: Errors = {};
    if (!text('givenName')) next.givenName = t('refer.errors.givenName');
    if (!text('familyName')) next.familyName = t('refer.errors.familyName');
    const dob = dateOfBirthFrom(text('dobDay'), text('dobMonth'), text('dobYear'));
    if ('problem' in dob) next.dateOfBirth = t(`refer.errors.dateOfBirth.${dob.problem}`);
    if (!role) next.referrerRole = t('refer.errors.referrerRole');
    if (role === 'young_carer' && !text('contactEmail') && !text('contactPhone')) next.contactEmail = t('refer.errors.contact');
    if (role && role !== 'young_carer' && !text('referrerName')) next.referrerName = t('refer.errors.referrerName');
    if (role && role !== 'young_carer' && !text('referrerEmail') && !text('referrerPhone')) next.referrerEmail = t('refer.errors.contact');
    if (!data.get('consentBy')) next.consentBy = t('refer.errors.consentBy');
    if (!data.get('consentMethod')) next.consentMethod = t('refer.errors.consentMethod');
    const file = data.get('photo');
    const photo = file instanceof File && file.size > 0 ? file : null;
    if (photo && photo.size > REFERRAL_PHOTO_MAX_BYTES) next.photo = t('refer.errors.photoTooBig', { mb: MB });
    if (Object.keys(next).length > 0 || !role || 'problem' in dob) {
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
      language: isMessageLanguage(language) ? language : DEFAULT_LANGUAGE,
    };
    try {
      if (photo) body.photo = await readAsBase64(photo);
    } catch {
      showProblems({ photo: t('refer.errors.photoUnreadable') });
      return;
    }
    try {
      onSent(await submit.mutateAsync(body));
    } catch (error) {
      if (error instanceof ApiRefused) {
        const refusal = refusalOf(t, error, organisation);
        if (refusal.field) showProblems({ [refusal.field]: refusal.message });
        else showProblems({}, refusal.message);
      } else {
        showProblems({}, t('refer.errors.offline'));
      }
    }
  }

  /** In the order of the form; each links to its field (a choice's first option, the date's day box). */
  const problems: ErrorSummaryItem[] = FIELDS.flatMap((name) => {
    const message = errors[name];
    if (!message) return [];
    if (name === 'dateOfBirth') return [{ message, fieldId: id('dobDay') }];
    if (name === 'referrerRole' || name === 'consentBy' || name === 'consentMethod') return [{ message, fieldId: id(`${name}-0`), fieldName: name }];
    return [{ message, fieldId: id(name) }];
  });
  const invalid = (name: string) => (errors[name] ? true : undefined);
  const describedBy = (name: string, hint = false) => [hint ? id(`${name}-hint`) : null, errors[name] ? id(`${name}-error`) : null].filter(Boolean).join(' ') || undefined;
  const errorLine = (name: string) =>
    errors[name] ? (
      <p className="field__error" id={id(`${name}-error`)}>
        <span className="visually-hidden">{t('refer.errorPrefix')}</span>
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
        // Emails and phone numbers read left to right in every language.
        dir={options.type === 'email' || options.type === 'tel' ? 'ltr' : undefined}
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
      {items.map((item, index) => (
        <label key={item.value} className="choice">
          <input
            type="radio"
            name={name}
            value={item.value}
            id={id(`${name}-${index}`)}
            aria-invalid={errors[name] && index === 0 ? true : undefined}
            onChange={onChange ? () => onChange(item.value) : undefined}
          />
          <span>
            {item.label}
            {item.hint ? <span className="choice__hint">{item.hint}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
  const roles = ROLES.map((value) => ({
    value,
    label: t(`refer.role.${value}`),
    hint: value === 'young_carer' ? t('refer.role.youngCarerHint', { age: REFERRAL_MIN_AGE_ALONE }) : value === 'professional' ? t('refer.role.professionalHint') : '',
  }));

  return (
    <form ref={form} className="refer-form" noValidate onSubmit={(e) => void send(e)} aria-label={t('refer.form.label')}>
      <ErrorSummary items={problems} focusKey={problems.length > 0 ? attempts : 0} />
      {formError ? (
        <div tabIndex={-1} ref={refusalBox} className="refer-form__summary">
          <Alert tone="error" title={formError} />
        </div>
      ) : null}

      <section className="panel" aria-labelledby={id('about-title')}>
        <h2 id={id('about-title')}>{t('refer.about.title')}</h2>
        {textField('givenName', t('refer.about.givenName'), { autoComplete: 'off' })}
        {textField('familyName', t('refer.about.familyName'))}
        {textField('preferredName', t('refer.about.preferredName'), { hint: t('refer.about.preferredNameHint') })}
        <fieldset className={errors.dateOfBirth ? 'field field--invalid date-of-birth' : 'field date-of-birth'} aria-describedby={[id('dob-hint'), errors.dateOfBirth ? id('dateOfBirth-error') : ''].join(' ').trim()}>
          <legend className="field__label">{t('refer.about.dateOfBirth')}</legend>
          <p className="field__hint" id={id('dob-hint')}>
            {t('refer.about.dateOfBirthHint', { example: formatCalendarDay('2012-03-27') })}
          </p>
          {errorLine('dateOfBirth')}
          <div className="date-of-birth__parts">
            <label>
              <span>{t('refer.about.day')}</span>
              <input id={id('dobDay')} name="dobDay" className="input" inputMode="numeric" maxLength={2} aria-invalid={invalid('dateOfBirth')} />
            </label>
            <label>
              <span>{t('refer.about.month')}</span>
              <select name="dobMonth" className="select" defaultValue="">
                <option value="">{t('refer.about.month')}</option>
                {monthNames().map((month, i) => (
                  <option key={month} value={String(i + 1)}>
                    {month}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <span>{t('refer.about.year')}</span>
              <input name="dobYear" className="input" inputMode="numeric" maxLength={4} />
            </label>
          </div>
        </fieldset>
        {textField('contactEmail', t('refer.about.contactEmail'), { type: 'email', inputMode: 'email', maxLength: 254 })}
        {textField('contactPhone', t('refer.about.contactPhone'), { type: 'tel', inputMode: 'tel', maxLength: 20 })}
        {textField('school', t('refer.about.school'), { maxLength: REFERRAL_TEXT_MAX })}
        {textField('area', t('refer.about.area'), { hint: t('refer.about.areaHint'), maxLength: REFERRAL_TEXT_MAX })}
      </section>

      <section className="panel" aria-labelledby={id('you-title')}>
        <h2 id={id('you-title')}>{t('refer.you.title')}</h2>
        {choices('referrerRole', t('refer.you.who'), roles, (value) => setRole(value as Role))}
        {role === 'young_carer' ? (
          <div className="field">
            <label className="choice">
              <input type="checkbox" name="withAdult" value="yes" id={id('withAdult')} aria-describedby={describedBy('withAdult')} aria-invalid={invalid('withAdult')} />
              <span>{t('refer.you.withAdult', { age: REFERRAL_MIN_AGE_ALONE })}</span>
            </label>
            {errorLine('withAdult')}
          </div>
        ) : null}
        {role === 'parent' || role === 'professional' ? (
          <>
            {textField('referrerName', t('refer.you.name'), { autoComplete: 'name' })}
            {role === 'professional'
              ? textField('referrerOrganisation', t('refer.you.organisation'), { hint: t('refer.you.organisationHint'), autoComplete: 'organization', maxLength: REFERRAL_TEXT_MAX })
              : null}
            {textField('referrerEmail', t('refer.you.email'), { type: 'email', inputMode: 'email', autoComplete: 'email', maxLength: 254, hint: t('refer.you.emailHint') })}
            {textField('referrerPhone', t('refer.you.phone'), { type: 'tel', inputMode: 'tel', autoComplete: 'tel', maxLength: 20 })}
          </>
        ) : null}
      </section>

      <section className="panel" aria-labelledby={id('consent-title')}>
        <h2 id={id('consent-title')}>{t('refer.consent.title')}</h2>
        <p>{t('refer.consent.lead')}</p>
        {choices('consentBy', t('refer.consent.who'), CONSENT_BY.map((value) => ({ value, label: t(`refer.consentBy.${value}`) })))}
        {choices('consentMethod', t('refer.consent.how'), CONSENT_METHOD.map((value) => ({ value, label: t(`refer.consentMethod.${value}`) })))}
      </section>

      <section className="panel" aria-labelledby={id('photo-title')}>
        <h2 id={id('photo-title')}>{t('refer.photo.title')}</h2>
        <div className={errors.photo ? 'field field--invalid' : 'field'}>
          <label className="field__label" htmlFor={id('photo')}>
            {t('refer.photo.label')}
          </label>
          <p className="field__hint" id={id('photo-hint')}>
            {t('refer.photo.hint', { mb: MB })}
          </p>
          {errorLine('photo')}
          <input id={id('photo')} name="photo" type="file" accept="image/jpeg,image/png,image/webp" className="input" aria-invalid={invalid('photo')} aria-describedby={describedBy('photo', true)} />
        </div>
      </section>

      {/* People never see or hear this box; a robot filling in every box does. */}
      <div className="refer-form__trap" aria-hidden="true">
        <label htmlFor={id('website')}>{t('refer.form.trap')}</label>
        <input id={id('website')} name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <p>{t('refer.form.beforeSend')}</p>
      <button type="submit" className="button button--primary button--large" disabled={submit.isPending}>
        {submit.isPending ? t('refer.form.sending') : t('refer.form.send')}
      </button>
    </form>
  );
}
