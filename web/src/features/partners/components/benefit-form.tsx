import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { focusFirstInvalid, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import {
  AGE_MAX,
  AGE_MIN,
  BENEFIT_FORM_FIELDS,
  LIMITS,
  readBenefitForm,
  validateBenefitForm,
  type BenefitFormErrors,
  type BenefitFormField,
  type BenefitFormValues,
} from './benefit-form-values.ts';

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
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<BenefitFormErrors>({});

  const apiField = apiError instanceof ApiError ? apiError.field : undefined;
  const shownOnField = BENEFIT_FORM_FIELDS.some((field) => field === apiField);

  useEffect(() => {
    if (apiError) focusFirstInvalid(formRef.current);
  }, [apiError]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readBenefitForm(event.currentTarget);
    const found = validateBenefitForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    onSubmit(values);
  }

  const fieldError = (field: BenefitFormField) =>
    errors[field] ?? (apiError && apiField === field ? apiError.message : undefined);
  const text = (field: Exclude<BenefitFormField, 'active'>) => ({
    name: field,
    defaultValue: initialValues[field],
    error: fieldError(field),
  });

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      {apiError && !shownOnField ? (
        <Alert tone="error" title={errorTitle}>
          {errorMessage(apiError)}
        </Alert>
      ) : null}
      <TextField
        label="Title"
        {...text('title')}
        maxLength={LIMITS.title}
        autoComplete="off"
        hint="What a young carer gets, in a few words: “10% off”, “Free swim”, “Skip the queue”"
        required
      />
      <TextAreaField label="Description" {...text('description')} rows={3} maxLength={LIMITS.description} />
      <TextAreaField
        label="Conditions"
        {...text('conditions')}
        rows={2}
        maxLength={LIMITS.conditions}
        hint="For example: show the card at the till; not with other offers"
      />
      <div className="form-grid">
        <TextField
          label="Youngest age"
          {...text('minAge')}
          type="number"
          inputMode="numeric"
          min={AGE_MIN}
          max={AGE_MAX}
          step={1}
          className="input--short"
          hint="Empty: no lower limit"
          hintAfter
        />
        <TextField
          label="Oldest age"
          {...text('maxAge')}
          type="number"
          inputMode="numeric"
          min={AGE_MIN}
          max={AGE_MAX}
          step={1}
          className="input--short"
          hint="Empty: no upper limit"
          hintAfter
        />
        <TextField label="First day" {...text('validFrom')} type="date" hint="Empty: from now" hintAfter />
        <TextField label="Last day" {...text('validTo')} type="date" hint="Empty: no end date" hintAfter />
      </div>
      <p className="field__hint form-note">
        Ages include both ends. The card holder’s age decides whether a benefit is listed; the age itself is never shown
        to the partner.
      </p>
      <label className="checkbox">
        <input type="checkbox" name="active" defaultChecked={initialValues.active} />
        <span>
          Active
          <span className="checkbox__note">Untick to pause it: a paused benefit is listed nowhere.</span>
        </span>
      </label>
      <div className="form-section form-section--sensitive">
        <TextAreaField
          label={`Note for ${partnerName} only`}
          {...text('partnerNote')}
          rows={2}
          maxLength={LIMITS.partnerNote}
          hint={
            <>
              Shown only to this partner, when it checks a card through its own verify link or API key: for example a
              school’s agreed adjustment, “may keep their phone on in class”.{' '}
              <strong>It must be about the scheme, never about one child</strong>: it is shown with every card they check.
            </>
          }
        />
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={isPending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
