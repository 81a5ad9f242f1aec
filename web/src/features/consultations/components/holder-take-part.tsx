import { useId, useState, type FormEvent } from 'react';
import type { ContactMethod, HolderTakePart as TakePart } from '../../../../../api/src/consultations/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useHolderTakePart, useRegisterTakePart } from '../api/consultations-api.ts';
import { formErrors } from './form-errors.ts';
import { dateFormat } from '../../../i18n/dates.ts';

const METHODS: ContactMethod[] = ['phone', 'email', 'online', 'face_to_face'];

/**
 * On a young carer's page: whether they would like to take part in design
 * groups and events, and a form for staff to record it when the young carer
 * tells them (by phone, email or in person) rather than on their own page.
 */
export function HolderTakePart({ holderId, firstName }: { holderId: string; firstName: string }) {
  const current = useHolderTakePart(holderId);
  const { t } = useTranslation();
  if (current.isPending) return <Loading label={t('consultations.loading')} />;
  if (current.isError) return <Alert tone="error">{errorMessage(current.error)}</Alert>;
  return <TakePartForm key={current.data.contactBy.join(',')} holderId={holderId} firstName={firstName} current={current.data} />;
}

function TakePartForm({ holderId, firstName, current }: { holderId: string; firstName: string; current: TakePart }) {
  const register = useRegisterTakePart(holderId);
  const [chosen, setChosen] = useState<ContactMethod[]>(current.contactBy);
  const [missing, setMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failedAttempts, setFailedAttempts] = useState(0);
  const id = useId();
  const { t } = useTranslation();
  const day = dateFormat('day');
  const contacts = (methods: readonly ContactMethod[]) => methods.map((method) => t(`consultations.contact.${method}`)).join(', ');
  // The summary links to the first checkbox: the fieldset itself takes no cursor.
  const errors = formErrors({ contactBy: `${id}-${METHODS[0]}` }, missing ? { contactBy: t('consultations.takePart.missing') } : {}, register.error);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    if (chosen.length === 0) {
      setMissing(true);
      setFailedAttempts((n) => n + 1);
      return;
    }
    register.mutate({ contactBy: METHODS.filter((method) => chosen.includes(method)) }, { onSuccess: () => setSaved(true) });
  };
  return (
    <>
      <p data-testid="take-part-status">
        {current.registered
          ? [
              current.createdAt
                ? t('consultations.takePart.registeredOn', { name: firstName, source: current.source === 'staff' ? 'staff' : 'self', when: day.format(new Date(current.createdAt)) })
                : t('consultations.takePart.registered', { name: firstName, source: current.source === 'staff' ? 'staff' : 'self' }),
              t('consultations.takePart.contactBy', { methods: contacts(current.contactBy) }),
              current.followedUpAt ? t('consultations.takePart.followedUp', { when: day.format(new Date(current.followedUpAt)) }) : t('consultations.takePart.notFollowedUp'),
            ].join(' ')
          : t('consultations.takePart.notRegistered', { name: firstName })}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary items={errors.items} focusKey={failedAttempts} refusal={register.error} />
        <fieldset className={errors.errorFor('contactBy') ? 'fieldset field--invalid' : 'fieldset'} aria-describedby={errors.errorFor('contactBy') ? `${id}-error` : undefined}>
          <legend>{current.registered ? t('consultations.takePart.changeLegend') : t('consultations.takePart.legend', { name: firstName })}</legend>
          {errors.errorFor('contactBy') ? (
            <p className="field__error" id={`${id}-error`}>
              <span className="visually-hidden">{t('consultations.errorPrefix')}</span>
              {errors.errorFor('contactBy')}
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
              <label htmlFor={`${id}-${method}`}>{t(`consultations.contact.${method}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={register.isPending}>
            {current.registered ? t('consultations.takePart.saveChange') : t('consultations.takePart.submit')}
          </button>
        </div>
        {errors.unplaced ? <Alert tone="error">{errorMessage(errors.unplaced)}</Alert> : null}
        {saved ? <Alert tone="success">{t('consultations.takePart.saved')}</Alert> : null}
      </form>
    </>
  );
}
