import { Alert } from '../../../components/ui/alert.tsx';
import { AGE_BAND_ENDS, AGE_BAND_STARTS } from '../../../../../api/src/shared/age-bands.ts';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
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
        label="Title"
        {...field('title')}
        autoComplete="off"
        hint="What a young carer gets, in a few words: “10% off”, “Free swim”, “Skip the queue”"
      />
      <TextAreaField label="Description" {...field('description')} rows={3} />
      <TextAreaField
        label="Conditions"
        {...field('conditions')}
        rows={2}
        hint="For example: show the card at the till; not with other offers"
      />
      <div className="form-grid">
        <SelectField label="Youngest age" {...field('minAge')} hint="Ages come in bands, so no offer gives a child’s age away" hintAfter>
          <option value="">No lower limit</option>
          {AGE_BAND_STARTS.map((age) => (
            <option key={age} value={String(age)}>
              {age}
            </option>
          ))}
        </SelectField>
        <SelectField label="Oldest age" {...field('maxAge')} hint="The last age of a band" hintAfter>
          <option value="">No upper limit</option>
          {AGE_BAND_ENDS.map((age) => (
            <option key={age} value={String(age)}>
              {age}
            </option>
          ))}
        </SelectField>
        <TextField label="First day" {...field('validFrom')} type="date" hint="Empty: from now" hintAfter />
        <TextField label="Last day" {...field('validTo')} type="date" hint="Empty: no end date" hintAfter />
      </div>
      <p className="field__hint form-note">
        Ages include both ends. The card holder’s age decides whether a benefit is listed; the age itself is never shown
        to the partner. Ages start at {AGE_BAND_STARTS.join(', ')}: with a limit at any other age, the benefits a shop
        sees with a card would narrow the child’s age down to the year.
      </p>
      <label className="checkbox">
        <input {...checkbox('active')} />
        <span>
          Active
          <span className="checkbox__note">Untick to pause it: a paused benefit is listed nowhere.</span>
        </span>
      </label>
      <div className="form-section form-section--sensitive">
        <TextAreaField
          label={`Note for ${partnerName} only`}
          {...field('partnerNote')}
          rows={2}
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
