import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { focusFirstInvalid, RadioGroupField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { todayAsCalendarDate } from '../../../lib/format-date.ts';
import {
  HOLDER_FORM_FIELDS,
  LIMITS,
  readHolderForm,
  validateHolderForm,
  type HolderFormErrors,
  type HolderFormField,
  type HolderFormValues,
} from './holder-form-values.ts';
import { consentByLabel, consentMethodLabel } from './holder-labels.ts';

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
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<HolderFormErrors>({});

  const apiField = apiError instanceof ApiError ? apiError.field : undefined;
  const shownOnField = HOLDER_FORM_FIELDS.some((field) => field === apiField);

  // The API found something the form did not: put the cursor there.
  useEffect(() => {
    if (apiError) focusFirstInvalid(formRef.current);
  }, [apiError]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readHolderForm(event.currentTarget);
    const found = validateHolderForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    onSubmit(values);
  }

  const fieldError = (field: HolderFormField) =>
    errors[field] ?? (apiError && apiField === field ? apiError.message : undefined);
  const common = (field: HolderFormField) => ({
    name: field,
    defaultValue: initialValues[field],
    error: fieldError(field),
  });

  return (
    <form ref={formRef} className="form holder-form" onSubmit={handleSubmit} noValidate>
      {apiError && !shownOnField ? (
        <Alert tone="error" title={errorTitle}>
          {errorMessage(apiError)}
        </Alert>
      ) : null}

      <fieldset className="form-section">
        <legend className="form-section__title">About the young carer</legend>
        <div className="form-grid">
          <TextField label="Given name" {...common('givenName')} autoComplete="off" maxLength={LIMITS.name} required />
          <TextField label="Family name" {...common('familyName')} autoComplete="off" maxLength={LIMITS.name} required />
          <TextField
            label="Preferred name"
            {...common('preferredName')}
            hint="Printed on the card instead of the given name"
            hintAfter
            autoComplete="off"
            maxLength={LIMITS.name}
          />
          <TextField
            label="Date of birth"
            {...common('dateOfBirth')}
            type="date"
            max={todayAsCalendarDate()}
            required
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">Contact</legend>
        <p className="form-section__lead">Optional. The young carer’s own, or a parent’s or guardian’s.</p>
        <div className="form-grid">
          <TextField
            label="Contact email"
            {...common('contactEmail')}
            type="email"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
          />
          <TextField label="Contact phone" {...common('contactPhone')} type="tel" autoComplete="off" />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">Consent</legend>
        <p className="form-section__lead">Who agreed to the young carer having a card and to us keeping this record.</p>
        <div className="form-grid">
          <RadioGroupField
            legend="Consent given by"
            name="consentBy"
            defaultValue={initialValues.consentBy}
            error={fieldError('consentBy')}
            options={Object.entries(consentByLabel).map(([value, label]) => ({ value, label }))}
          />
          <RadioGroupField
            legend="How consent was given"
            name="consentMethod"
            defaultValue={initialValues.consentMethod}
            error={fieldError('consentMethod')}
            options={Object.entries(consentMethodLabel).map(([value, label]) => ({ value, label }))}
          />
          <TextField
            label="When consent was given"
            {...common('consentAt')}
            type="datetime-local"
            hint="Now, unless you are recording consent given earlier"
            hintAfter
            required
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">Service records</legend>
        <div className="form-grid">
          <TextField
            label="Reference"
            {...common('reference')}
            hint="Your service’s own reference for this young carer, if it has one. No two young carers can share one."
            hintAfter
            className="input--medium"
            autoComplete="off"
            spellCheck={false}
            maxLength={LIMITS.reference}
          />
        </div>
        <TextAreaField
          label="Staff notes"
          {...common('notes')}
          hint="Practical notes for staff, such as how they like to be contacted. Do not write about the person they care for here."
          maxLength={LIMITS.notes}
        />
      </fieldset>

      <div className="form-section form-section--sensitive">
        <TextAreaField
          label="Caring situation (staff only, never printed or shared)"
          {...common('caringNote')}
          hint="Optional. Only what staff need to support them. It never appears on the card, in its QR code, on the verify page or in search results."
          maxLength={LIMITS.caringNote}
        />
      </div>

      <div className="button-row">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? pendingLabel : submitLabel}
        </button>
        <Link className="button button--secondary" to={cancelHref}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
