import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Branding } from '../../../../../api/src/branding/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { focusFirstInvalid, TextField } from '../../../components/ui/field.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useUpdateBranding } from '../api/update-branding.ts';
import {
  BRANDING_FORM_FIELDS,
  fromBranding,
  HEX_COLOUR,
  LIMITS,
  sameValues,
  toBrandingBody,
  validateBrandingForm,
  type BrandingFormErrors,
  type BrandingFormField,
  type BrandingFormValues,
} from './branding-form-values.ts';

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
  const update = useUpdateBranding();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<BrandingFormErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const dirty = !sameValues(values, fromBranding(saved));

  const apiError = update.error;
  const apiField = apiError instanceof ApiError ? apiError.field : undefined;
  const shownOnField = BRANDING_FORM_FIELDS.some((field) => field === apiField);

  // The API found something the form did not: put the cursor there.
  useEffect(() => {
    if (apiError) focusFirstInvalid(formRef.current);
  }, [apiError]);

  function set(field: BrandingFormField, value: string) {
    setNotice(null);
    onChange({ ...values, [field]: value });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const found = validateBrandingForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    update.mutate(toBrandingBody(values), {
      onSuccess: (branding) => {
        onChange(fromBranding(branding));
        setNotice('Branding saved. Cards printed from now on show it.');
      },
    });
  }

  const fieldError = (field: BrandingFormField) => errors[field] ?? (apiError && apiField === field ? apiError.message : undefined);
  const common = (field: BrandingFormField) => ({
    name: field,
    value: values[field],
    error: fieldError(field),
    maxLength: LIMITS[field].max,
    autoComplete: 'off',
    onChange: (event: { currentTarget: HTMLInputElement }) => set(field, event.currentTarget.value),
  });

  return (
    <form ref={formRef} className="form branding-form" onSubmit={handleSubmit} noValidate aria-labelledby="branding-form-title">
      <h2 id="branding-form-title" className="visually-hidden">
        Branding settings
      </h2>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {apiError && !shownOnField ? (
        <Alert tone="error" title="Could not save the branding">
          {errorMessage(apiError)}
        </Alert>
      ) : null}

      <fieldset className="form-section">
        <legend className="form-section__title">Your organisation</legend>
        <TextField label="Organisation name" {...common('organisationName')} hint="Printed on every card." required />
        <TextField
          label="Helpline"
          {...common('helpline')}
          type="tel"
          hint="Printed on the back, for anyone with a question about the card. Leave empty for none."
        />
        <TextField
          label="Return address line"
          {...common('returnAddress')}
          hint="One line on the back, for whoever finds a lost card. Leave empty for none."
        />
        <ColourField
          value={values.primaryColour}
          error={fieldError('primaryColour')}
          onChange={(value) => set('primaryColour', value)}
        />
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">Wording on the card</legend>
        <TextField
          label="“Young carer” wording"
          {...common('youngCarerWording')}
          hint="What the card calls its holder, for example Young Carer or Young Adult Carer."
          required
        />
        <TextField
          label="Benefits line"
          {...common('benefitsLine')}
          hint="A short line about what the card gets them, for example “Show this card for young carer offers”. Leave empty for none."
        />
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save branding'}
        </button>
        {dirty ? (
          <>
            <button
              type="button"
              className="button button--secondary"
              disabled={update.isPending}
              onClick={() => {
                setErrors({});
                update.reset();
                onChange(fromBranding(saved));
              }}
            >
              Undo changes
            </button>
            <span className="muted small">You have unsaved changes.</span>
          </>
        ) : null}
      </div>
    </form>
  );
}

/** A colour picker and the same colour as a hex code, kept in step; either can be used. */
function ColourField({ value, error, onChange }: { value: string; error: string | undefined; onChange: (value: string) => void }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  const valid = HEX_COLOUR.test(value.trim());
  // The picker only takes a valid colour: while the hex code is half-typed, it keeps the last good one.
  const [lastValid, setLastValid] = useState(valid ? value.trim().toLowerCase() : '#000000');
  const pickerValue = valid ? value.trim().toLowerCase() : lastValid;
  if (valid && pickerValue !== lastValid) setLastValid(pickerValue);

  return (
    <div className={error ? 'field field--invalid colour-field' : 'field colour-field'}>
      <label className="field__label" htmlFor={`${id}-picker`}>
        Primary colour
      </label>
      <div className="field__hint" id={hintId}>
        The card’s header band and accents. Text on it is printed in black or white, whichever reads better.
      </div>
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
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
          aria-label="Primary colour as a hex code"
          value={value}
          maxLength={7}
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
