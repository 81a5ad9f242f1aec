import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { DateField } from '../../../components/ui/date-field.tsx';
import { RadioGroupField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { holderForm, type HolderFormValues } from './holder-form-values.ts';
import { consentByLabel, consentMethodLabel } from './holder-labels.ts';

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
        <legend className="form-section__title">About the young carer</legend>
        <div className="form-grid">
          <TextField label="Given name" {...field('givenName')} autoComplete="off" />
          <TextField label="Family name" {...field('familyName')} autoComplete="off" />
          <TextField
            label="Preferred name"
            {...field('preferredName')}
            hint="Printed on the card instead of the given name"
            hintAfter
            autoComplete="off"
          />
          <DateField legend="Date of birth" name="dateOfBirth" id={inputId('dateOfBirth')} defaultValue={initialValues.dateOfBirth} error={error('dateOfBirth')} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">Contact</legend>
        <p className="form-section__lead">Optional. The young carer’s own, or a parent’s or guardian’s.</p>
        <div className="form-grid">
          <TextField
            label="Contact email"
            {...field('contactEmail')}
            type="email"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
          />
          <TextField label="Contact phone" {...field('contactPhone')} type="tel" autoComplete="off" />
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
            error={error('consentBy')}
            options={Object.entries(consentByLabel).map(([value, label]) => ({ value, label }))}
          />
          <RadioGroupField
            legend="How consent was given"
            name="consentMethod"
            defaultValue={initialValues.consentMethod}
            error={error('consentMethod')}
            options={Object.entries(consentMethodLabel).map(([value, label]) => ({ value, label }))}
          />
          <TextField
            label="When consent was given"
            {...field('consentAt')}
            type="datetime-local"
            hint="Now, unless you are recording consent given earlier"
            hintAfter
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">Service records</legend>
        <div className="form-grid">
          <TextField
            label="Reference"
            {...field('reference')}
            hint="Your service’s own reference for this young carer, if it has one. No two young carers can share one."
            hintAfter
            className="input--medium"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <TextAreaField
          label="Staff notes"
          {...field('notes')}
          hint="Practical notes for staff, such as how they like to be contacted. Do not write about the person they care for here."
        />
      </fieldset>

      <div className="form-section form-section--sensitive">
        <TextAreaField
          label="Caring situation (staff only, never printed or shared)"
          {...field('caringNote')}
          hint="Optional. Only what staff need to support them. It never appears on the card, in its QR code, on the verify page or in search results."
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
