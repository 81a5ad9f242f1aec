import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { partnerForm, type PartnerFormValues } from './partner-form-values.ts';
import { categoryName, PARTNER_CATEGORIES } from './partner-labels.ts';

/**
 * Adding a partner and editing one: the same fields. The contact sits apart,
 * because it is for staff only and never reaches the public directory or a
 * verify answer.
 */
export function PartnerForm({
  initialValues,
  submitLabel,
  pendingLabel,
  isPending,
  apiError,
  errorTitle,
  cancelHref,
  onSubmit,
}: {
  initialValues: PartnerFormValues;
  submitLabel: string;
  pendingLabel: string;
  isPending: boolean;
  apiError: Error | null;
  errorTitle: string;
  cancelHref: string;
  onSubmit: (values: PartnerFormValues) => void;
}) {
  const { t } = useTranslation();
  const { formProps, field, unplacedError, errorSummary } = useApiForm(partnerForm, { initialValues, apiError, onSubmit });
  const text = (name: Exclude<keyof PartnerFormValues, 'category'>) => ({ ...field(name), autoComplete: 'off' });

  return (
    <form {...formProps} className="form">
      {errorSummary}
      {unplacedError ? (
        <Alert tone="error" title={errorTitle}>
          {errorMessage(unplacedError)}
        </Alert>
      ) : null}

      <fieldset className="form-section">
        <legend className="form-section__title">{t('partners.form.about')}</legend>
        <p className="form-section__lead">{t('partners.form.aboutLead')}</p>
        <div className="form-grid">
          <TextField label={t('partners.fields.name')} {...text('name')} hint={t('partners.form.nameHint')} hintAfter />
          <SelectField label={t('partners.fields.category')} {...field('category')}>
            <option value="" disabled>
              {t('partners.form.chooseCategory')}
            </option>
            {PARTNER_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {categoryName(category)}
              </option>
            ))}
          </SelectField>
          <TextField label={t('partners.fields.area')} {...text('area')} hint={t('partners.form.areaHint')} hintAfter />
        </div>
        <TextField label={t('partners.fields.address')} {...text('address')} />
        <TextField
          label={t('partners.fields.website')}
          {...text('website')}
          type="text"
          inputMode="url"
          spellCheck={false}
          hint={t('partners.form.websiteHint')}
          hintAfter
        />
      </fieldset>

      <fieldset className="form-section form-section--sensitive">
        <legend className="form-section__title">{t('partners.form.contact')}</legend>
        <p className="form-section__lead">{t('partners.form.contactLead')}</p>
        <div className="form-grid">
          <TextField label={t('partners.form.contactName')} {...text('contactName')} />
          <TextField label={t('partners.form.contactEmail')} {...text('contactEmail')} type="email" inputMode="email" spellCheck={false} />
          <TextField label={t('partners.form.contactPhone')} {...text('contactPhone')} type="tel" />
        </div>
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? pendingLabel : submitLabel}
        </button>
        <Link className="button button--secondary" to={cancelHref}>
          {t('partners.cancel')}
        </Link>
      </div>
    </form>
  );
}
