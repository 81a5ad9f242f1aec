import { useId, useState } from 'react';
import type { Branding } from '../../../../../api/src/branding/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { validateForm } from '../../../lib/api-form.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useUpdateBranding } from '../api/update-branding.ts';
import { brandingForm, fromBranding, sameValues, type BrandingFormValues } from './branding-form-values.ts';

/**
 * The text settings. Controlled, because the preview beside the form draws
 * the values as they are typed, before they are saved.
 */
export function BrandingForm({
  saved,
  values,
  onChange,
}: {
  saved: Branding;
  values: BrandingFormValues;
  onChange: (values: BrandingFormValues) => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateBranding();
  const [notice, setNotice] = useState<string | null>(null);
  const dirty = !sameValues(values, fromBranding(saved));
  const { formProps, field, error, unplacedError, clearErrors, errorSummary } = useApiForm(brandingForm, {
    values,
    onChange: (next) => {
      setNotice(null);
      onChange(next);
    },
    apiError: update.error,
    onSubmit: (_values, body) => {
      setNotice(null);
      update.mutate(body, {
        onSuccess: (branding) => {
          onChange(fromBranding(branding));
          setNotice(t('branding.form.saved'));
        },
      });
    },
  });
  const text = (name: Exclude<keyof BrandingFormValues, 'primaryColour'>) => ({ ...field(name), autoComplete: 'off' });

  return (
    <form {...formProps} className="form branding-form" aria-labelledby="branding-form-title">
      {errorSummary}
      <h2 id="branding-form-title" className="visually-hidden">
        {t('branding.form.title')}
      </h2>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {unplacedError ? (
        <Alert tone="error" title={t('branding.form.saveFailed')}>
          {errorMessage(unplacedError)}
        </Alert>
      ) : null}

      <fieldset className="form-section">
        <legend className="form-section__title">{t('branding.form.organisationSection')}</legend>
        <TextField label={t('branding.form.organisationName')} {...text('organisationName')} hint={t('branding.form.organisationNameHint')} />
        <TextField label={t('branding.form.helpline')} {...text('helpline')} type="tel" hint={t('branding.form.helplineHint')} />
        <TextField label={t('branding.form.returnAddress')} {...text('returnAddress')} hint={t('branding.form.returnAddressHint')} />
        <ColourField
          value={values.primaryColour}
          valid={validateForm(brandingForm, values).primaryColour === undefined}
          error={error('primaryColour')}
          onChange={(value) => {
            setNotice(null);
            onChange({ ...values, primaryColour: value });
          }}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('branding.form.wordingSection')}</legend>
        <TextField label={t('branding.form.youngCarerWording')} {...text('youngCarerWording')} hint={t('branding.form.youngCarerWordingHint')} />
        <TextField label={t('branding.form.benefitsLine')} {...text('benefitsLine')} hint={t('branding.form.benefitsLineHint')} />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t('branding.form.welshSection')}</legend>
        <p className="field__hint">{t('branding.form.welshIntro')}</p>
        <TextField label={t('branding.form.organisationNameCy')} {...text('organisationNameCy')} lang="cy" hint={t('branding.form.emptyPrintsEnglish')} />
        <TextField label={t('branding.form.youngCarerWordingCy')} {...text('youngCarerWordingCy')} lang="cy" hint={t('branding.form.youngCarerWordingCyHint')} />
        <TextField label={t('branding.form.benefitsLineCy')} {...text('benefitsLineCy')} lang="cy" hint={t('branding.form.emptyPrintsEnglish')} />
        <TextField label={t('branding.form.returnAddressCy')} {...text('returnAddressCy')} lang="cy" hint={t('branding.form.emptyPrintsEnglish')} />
        <SelectField label={t('branding.form.bilingualLayout')} {...field('bilingualLayout')} hint={t('branding.form.bilingualLayoutHint')}>
          <option value="welsh_first">{t('branding.form.layout.welsh_first')}</option>
          <option value="side_by_side">{t('branding.form.layout.side_by_side')}</option>
        </SelectField>
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? t('branding.form.saving') : t('branding.form.save')}
        </button>
        {dirty ? (
          <>
            <button
              type="button"
              className="button button--secondary"
              disabled={update.isPending}
              onClick={() => {
                clearErrors();
                update.reset();
                onChange(fromBranding(saved));
              }}
            >
              {t('branding.form.undo')}
            </button>
            <span className="muted small">{t('branding.form.unsaved')}</span>
          </>
        ) : null}
      </div>
    </form>
  );
}

/** A colour picker and the same colour as a hex code, kept in step; either can be used. */
function ColourField({
  value,
  valid,
  error,
  onChange,
}: {
  value: string;
  /** The schema takes the value as it is: the picker can show it. */
  valid: boolean;
  error: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  // The picker only takes a valid colour: while the hex code is half-typed, it keeps the last good one.
  const [lastValid, setLastValid] = useState(valid ? value.trim().toLowerCase() : '#000000');
  const pickerValue = valid ? value.trim().toLowerCase() : lastValid;
  if (valid && pickerValue !== lastValid) setLastValid(pickerValue);

  return (
    <div className={error ? 'field field--invalid colour-field' : 'field colour-field'}>
      <label className="field__label" htmlFor={`${id}-picker`}>
        {t('branding.form.primaryColour')}
      </label>
      <div className="field__hint" id={hintId}>
        {t('branding.form.primaryColourHint')}
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('branding.form.errorPrefix')}</span>
          {error}
        </p>
      ) : null}
      <div className="colour-field__row">
        <input
          id={`${id}-picker`}
          type="color"
          className="colour-field__picker"
          value={pickerValue}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
        <input
          type="text"
          name="primaryColour"
          className="input colour-field__hex"
          aria-label={t('branding.form.primaryColourHex')}
          value={value}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      </div>
    </div>
  );
}
