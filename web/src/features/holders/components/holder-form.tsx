import { Link } from 'react-router';
import { CARD_LANGUAGES, MESSAGE_LANGUAGES } from '../../../../../api/src/shared/languages.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { DateField } from '../../../components/ui/date-field.tsx';
import { RadioGroupField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { holderForm, type HolderFormValues } from './holder-form-values.ts';
import { cardLanguageLabel, consentByLabel, consentMethodLabel, LANGUAGE_NAMES } from './holder-labels.ts';

const form = holderForm();

/**
 * Registering a young carer and editing their record: the same fields. The
 * caring situation sits apart, because it is the one thing here that must
 * never leave the staff app.
 */
export function HolderForm({
  initialValues,
  submitLabel,
  pendingLabel,
  isPending,
  apiError,
  errorTitle,
  cancelHref,
  onSubmit,
}: {
  initialValues: HolderFormValues;
  submitLabel: string;
  pendingLabel: string;
  isPending: boolean;
  apiError: Error | null;
  errorTitle: string;
  cancelHref: string;
  onSubmit: (values: HolderFormValues) => void;
}) {
  const { t } = useTranslation();
  const { formProps, field, error, inputId, unplacedError, errorSummary } = useApiForm(form, { initialValues, apiError, onSubmit });

  return (
    <form {...formProps} className="form holder-form">
      {errorSummary}
      {unplacedError ? (
        <Alert tone="error" title={errorTitle}>
          {errorMessage(unplacedError)}
        </Alert>
      ) : null}

      <fieldset className="form-section">
        <legend className="form-section__title">{t('holders.form.aboutTitle')}</legend>
        <div className="form-grid">
          <TextField label={t('holders.form.givenName')} {...field('givenName')} autoComplete="off" />
          <TextField label={t('holders.form.familyName')} {...field('familyName')} autoComplete="off" />
          <TextField label={t('holders.form.preferredName')} {...field('preferredName')} hint={t('holders.form.preferredNameHint')} hintAfter autoComplete="off" />
          <DateField
            legend={t('holders.form.dateOfBirth')}
            name="dateOfBirth"
            id={inputId('dateOfBirth')}
            defaultValue={initialValues.dateOfBirth}
            error={error('dateOfBirth')}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('holders.form.contactTitle')}</legend>
        <p className="form-section__lead">{t('holders.form.contactLead')}</p>
        <div className="form-grid">
          <TextField
            label={t('holders.form.contactEmail')}
            {...field('contactEmail')}
            type="email"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
          />
          <TextField label={t('holders.form.contactPhone')} {...field('contactPhone')} type="tel" autoComplete="off" />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('holders.form.consentTitle')}</legend>
        <p className="form-section__lead">{t('holders.form.consentLead')}</p>
        <div className="form-grid">
          <RadioGroupField
            legend={t('holders.form.consentBy')}
            name="consentBy"
            id={inputId('consentBy')}
            defaultValue={initialValues.consentBy}
            error={error('consentBy')}
            options={Object.entries(consentByLabel).map(([value, key]) => ({ value, label: t(key) }))}
          />
          <RadioGroupField
            legend={t('holders.form.consentMethod')}
            name="consentMethod"
            id={inputId('consentMethod')}
            defaultValue={initialValues.consentMethod}
            error={error('consentMethod')}
            options={Object.entries(consentMethodLabel).map(([value, key]) => ({ value, label: t(key) }))}
          />
          <DateField
            legend={t('holders.form.consentAt')}
            name="consentAt"
            id={inputId('consentAt')}
            defaultValue={initialValues.consentAt}
            hint={t('holders.form.consentAtHint')}
            error={error('consentAt')}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('holders.form.languagesTitle')}</legend>
        <div className="form-grid">
          <RadioGroupField
            legend={t('holders.form.language')}
            name="language"
            id={inputId('language')}
            hint={t('holders.form.languageHint')}
            defaultValue={initialValues.language}
            error={error('language')}
            options={MESSAGE_LANGUAGES.map((code) => ({
              value: code,
              label: (
                <span lang={code} dir={code === 'ur' || code === 'ar' ? 'rtl' : 'ltr'}>
                  {LANGUAGE_NAMES[code]}
                </span>
              ),
            }))}
          />
          <RadioGroupField
            legend={t('holders.form.cardLanguage')}
            name="cardLanguage"
            id={inputId('cardLanguage')}
            hint={t('holders.form.cardLanguageHint')}
            defaultValue={initialValues.cardLanguage}
            error={error('cardLanguage')}
            options={CARD_LANGUAGES.map((code) => ({ value: code, label: t(cardLanguageLabel[code]) }))}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('holders.form.recordsTitle')}</legend>
        <div className="form-grid">
          <TextField
            label={t('holders.form.reference')}
            {...field('reference')}
            hint={t('holders.form.referenceHint')}
            hintAfter
            className="input--medium"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <TextAreaField label={t('holders.form.notes')} {...field('notes')} hint={t('holders.form.notesHint')} />
      </fieldset>

      <div className="form-section form-section--sensitive">
        <TextAreaField label={t('holders.form.caringNote')} {...field('caringNote')} hint={t('holders.form.caringNoteHint')} />
      </div>

      <div className="button-row">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? pendingLabel : submitLabel}
        </button>
        <Link className="button button--secondary" to={cancelHref}>
          {t('ui.cancel')}
        </Link>
      </div>
    </form>
  );
}
