import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { partnerForm, type PartnerFormValues } from './partner-form-values.ts';
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
        <legend className="form-section__title">About the partner</legend>
        <p className="form-section__lead">Young carers see these in the public directory of offers, and on verify answers.</p>
        <div className="form-grid">
          <TextField label="Name" {...text('name')} hint="As people know it, for example Riverside Leisure Centre" hintAfter />
          <SelectField label="Category" {...field('category')}>
            <option value="" disabled>
              Choose a category
            </option>
            {Object.entries(categoryLabel).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <TextField label="Area" {...text('area')} hint="Town or district, for example Mansfield" hintAfter />
        </div>
        <TextField label="Address" {...text('address')} />
        <TextField
          label="Website"
          {...text('website')}
          type="text"
          inputMode="url"
          spellCheck={false}
          hint="For example www.example.org (https:// is added for you)"
          hintAfter
        />
      </fieldset>

      <fieldset className="form-section form-section--sensitive">
        <legend className="form-section__title">Contact (staff only, never shown publicly)</legend>
        <p className="form-section__lead">
          Who to talk to at the partner. Only staff see this: it is never in the public directory or a verify answer.
        </p>
        <div className="form-grid">
          <TextField label="Contact name" {...text('contactName')} />
          <TextField label="Contact email" {...text('contactEmail')} type="email" inputMode="email" spellCheck={false} />
          <TextField label="Contact phone" {...text('contactPhone')} type="tel" />
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
