import { useId, useState } from 'react';
import type { Branding } from '../../../../../api/src/branding/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
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
          setNotice('Branding saved. Cards printed from now on show it.');
        },
      });
    },
  });
  const text = (name: Exclude<keyof BrandingFormValues, 'primaryColour'>) => ({ ...field(name), autoComplete: 'off' });

  return (
    <form {...formProps} className="form branding-form" aria-labelledby="branding-form-title">
      {errorSummary}
      <h2 id="branding-form-title" className="visually-hidden">
        Branding settings
      </h2>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {unplacedError ? (
        <Alert tone="error" title="Could not save the branding">
          {errorMessage(unplacedError)}
        </Alert>
      ) : null}

      <fieldset className="form-section">
        <legend className="form-section__title">Your organisation</legend>
        <TextField label="Organisation name" {...text('organisationName')} hint="Printed on every card." />
        <TextField
          label="Helpline"
          {...text('helpline')}
          type="tel"
          hint="Printed on the back, for anyone with a question about the card. Leave empty for none."
        />
        <TextField
          label="Return address line"
          {...text('returnAddress')}
          hint="One line on the back, for whoever finds a lost card. Leave empty for none."
        />
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
        <legend className="form-section__title">Wording on the card</legend>
        <TextField
          label="“Young carer” wording"
          {...text('youngCarerWording')}
          hint="What the card calls its holder, for example Young Carer or Young Adult Carer."
        />
        <TextField
          label="Benefits line"
          {...text('benefitsLine')}
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
                clearErrors();
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
