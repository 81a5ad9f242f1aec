import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { focusFirstInvalid, SelectField, TextField } from '../../../components/ui/field.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import {
  LIMITS,
  PARTNER_FORM_FIELDS,
  readPartnerForm,
  validatePartnerForm,
  type PartnerFormErrors,
  type PartnerFormField,
  type PartnerFormValues,
} from './partner-form-values.ts';
import { categoryLabel } from './partner-labels.ts';

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
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<PartnerFormErrors>({});

  const apiField = apiError instanceof ApiError ? apiError.field : undefined;
  const shownOnField = PARTNER_FORM_FIELDS.some((field) => field === apiField);

  // The API found something the form did not (a name in use, say): put the cursor there.
  useEffect(() => {
    if (apiError) focusFirstInvalid(formRef.current);
  }, [apiError]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = readPartnerForm(event.currentTarget);
    const found = validatePartnerForm(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    onSubmit(values);
  }

  const fieldError = (field: PartnerFormField) =>
    errors[field] ?? (apiError && apiField === field ? apiError.message : undefined);
  const common = (field: Exclude<PartnerFormField, 'category'>) => ({
    name: field,
    defaultValue: initialValues[field],
    error: fieldError(field),
    maxLength: LIMITS[field],
    autoComplete: 'off',
  });

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      {apiError && !shownOnField ? (
        <Alert tone="error" title={errorTitle}>
          {errorMessage(apiError)}
        </Alert>
      ) : null}

      <fieldset className="form-section">
        <legend className="form-section__title">About the partner</legend>
        <p className="form-section__lead">Young carers see these in the public directory of offers, and on verify answers.</p>
        <div className="form-grid">
          <TextField label="Name" {...common('name')} hint="As people know it, for example Riverside Leisure Centre" hintAfter required />
          <SelectField label="Category" name="category" defaultValue={initialValues.category} error={fieldError('category')} required>
            <option value="" disabled>
              Choose a category
            </option>
            {Object.entries(categoryLabel).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <TextField label="Area" {...common('area')} hint="Town or district, for example Mansfield" hintAfter />
        </div>
        <TextField label="Address" {...common('address')} />
        <TextField
          label="Website"
          {...common('website')}
          type="url"
          inputMode="url"
          spellCheck={false}
          hint="The full address, starting with https://"
          hintAfter
        />
      </fieldset>

      <fieldset className="form-section form-section--sensitive">
        <legend className="form-section__title">Contact (staff only, never shown publicly)</legend>
        <p className="form-section__lead">
          Who to talk to at the partner. Only staff see this: it is never in the public directory or a verify answer.
        </p>
        <div className="form-grid">
          <TextField label="Contact name" {...common('contactName')} />
          <TextField label="Contact email" {...common('contactEmail')} type="email" inputMode="email" spellCheck={false} />
          <TextField label="Contact phone" {...common('contactPhone')} type="tel" />
        </div>
      </fieldset>

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
