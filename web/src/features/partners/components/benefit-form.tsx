import { Alert } from '../../../components/ui/alert.tsx';
import { AGE_BAND_ENDS, AGE_BAND_STARTS } from '../../../../../api/src/shared/age-bands.ts';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { benefitForm, type BenefitFormValues } from './benefit-form-values.ts';

/**
 * Adding a benefit and editing one. The partner-only note sits apart: it is
 * shown to this partner with every card it checks, so it must be about the
 * scheme, never about one child.
 */
export function BenefitForm({
  partnerName,
  initialValues,
  submitLabel,
  isPending,
  apiError,
  errorTitle,
  onSubmit,
  onCancel,
}: {
  partnerName: string;
  initialValues: BenefitFormValues;
  submitLabel: string;
  isPending: boolean;
  apiError: Error | null;
  errorTitle: string;
  onSubmit: (values: BenefitFormValues) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { formProps, field, checkbox, unplacedError, errorSummary } = useApiForm(benefitForm, { initialValues, apiError, onSubmit });

  return (
    <form {...formProps} className="form">
      {errorSummary}
      {unplacedError ? (
        <Alert tone="error" title={errorTitle}>
          {errorMessage(unplacedError)}
        </Alert>
      ) : null}
      <TextField
        label={t('partners.benefitForm.title')}
        {...field('title')}
        autoComplete="off"
        hint={t('partners.benefitForm.titleHint')}
      />
      <TextAreaField label={t('partners.benefitForm.description')} {...field('description')} rows={3} />
      <TextAreaField
        label={t('partners.benefitForm.conditions')}
        {...field('conditions')}
        rows={2}
        hint={t('partners.benefitForm.conditionsHint')}
      />
      <div className="form-grid">
        <SelectField label={t('partners.benefitForm.minAge')} {...field('minAge')} hint={t('partners.benefitForm.minAgeHint')} hintAfter>
          <option value="">{t('partners.benefitForm.noLowerLimit')}</option>
          {AGE_BAND_STARTS.map((age) => (
            <option key={age} value={String(age)}>
              {age}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('partners.benefitForm.maxAge')} {...field('maxAge')} hint={t('partners.benefitForm.maxAgeHint')} hintAfter>
          <option value="">{t('partners.benefitForm.noUpperLimit')}</option>
          {AGE_BAND_ENDS.map((age) => (
            <option key={age} value={String(age)}>
              {age}
            </option>
          ))}
        </SelectField>
        <TextField label={t('partners.benefitForm.validFrom')} {...field('validFrom')} type="date" hint={t('partners.benefitForm.validFromHint')} hintAfter />
        <TextField label={t('partners.benefitForm.validTo')} {...field('validTo')} type="date" hint={t('partners.benefitForm.validToHint')} hintAfter />
      </div>
      <p className="field__hint form-note">{t('partners.benefitForm.agesNote', { ages: AGE_BAND_STARTS.join(', ') })}</p>
      <label className="checkbox">
        <input {...checkbox('active')} />
        <span>
          {t('partners.benefitForm.active')}
          <span className="checkbox__note">{t('partners.benefitForm.activeNote')}</span>
        </span>
      </label>
      <div className="form-section form-section--sensitive">
        <TextAreaField
          label={t('partners.benefitForm.partnerNote', { name: partnerName })}
          {...field('partnerNote')}
          rows={2}
          hint={
            <>
              {t('partners.benefitForm.partnerNoteHint')} <strong>{t('partners.benefitForm.partnerNoteRule')}</strong>
              {t('partners.benefitForm.partnerNoteWhy')}
            </>
          }
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? t('partners.saving') : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={isPending}>
          {t('partners.cancel')}
        </button>
      </div>
    </form>
  );
}
