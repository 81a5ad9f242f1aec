import { CreateStaffBody, type CreatedStaff, type StaffRole } from '../../../../../api/src/staff/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { defineApiForm } from '../../../lib/api-form.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { translate as t } from '../../../i18n/start-i18n.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { useCreateStaff } from '../api/create-staff.ts';
import { roleLabel } from './staff-labels.ts';

type AddStaffValues = { name: string; email: string; role: string };

/** Checked against the API's CreateStaffBody; the messages are the form's, read in the page's language when it is checked. */
const addStaffForm = defineApiForm({
  schema: CreateStaffBody,
  // The select only offers the API's roles, and the schema checks it.
  toBody: (values: AddStaffValues) => ({ ...values, role: values.role as StaffRole }),
  messages: {
    name: { required: () => t('staff.add.errors.name') },
    email: { required: () => t('staff.add.errors.emailRequired'), invalid: () => t('staff.add.errors.email') },
    role: { invalid: () => t('staff.add.errors.role') },
  },
});

const initialValues: AddStaffValues = { name: '', email: '', role: 'staff' };

export function AddStaffForm({ onCreated }: { onCreated: (created: CreatedStaff) => void }) {
  const { t } = useTranslation();
  const createStaff = useCreateStaff();
  const { formProps, field, unplacedError, errorSummary } = useApiForm(addStaffForm, {
    initialValues,
    apiError: createStaff.error,
    onSubmit: (_values, body, element) =>
      createStaff.mutate(body, {
        onSuccess: (created) => {
          element.reset();
          onCreated(created);
        },
      }),
  });

  return (
    <form {...formProps} className="form form--inline">
      {errorSummary}
      {unplacedError ? (
        <Alert tone="error" title={t('staff.add.failed')}>
          {errorMessage(unplacedError)}
        </Alert>
      ) : null}
      <div className="form-grid">
        <TextField label={t('staff.fields.name')} {...field('name')} autoComplete="off" />
        <TextField
          label={t('staff.fields.email')}
          {...field('email')}
          type="email"
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
        />
        <SelectField label={t('staff.fields.role')} {...field('role')}>
          <option value="staff">{roleLabel.staff}</option>
          <option value="admin">{roleLabel.admin}</option>
        </SelectField>
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={createStaff.isPending}>
          {createStaff.isPending ? t('staff.add.adding') : t('staff.add.submit')}
        </button>
      </div>
    </form>
  );
}
