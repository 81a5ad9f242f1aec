import { useRef, useState, type FormEvent } from 'react';
import type { CreatedStaff, StaffRole } from '../../../../../api/src/staff/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { focusFirstInvalid, SelectField, TextField } from '../../../components/ui/field.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useCreateStaff } from '../api/create-staff.ts';
import { roleLabel } from './staff-labels.ts';

type Errors = { name?: string; email?: string; role?: string };

export function AddStaffForm({ onCreated }: { onCreated: (created: CreatedStaff) => void }) {
  const createStaff = useCreateStaff();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Errors>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const email = String(data.get('email') ?? '').trim();
    const role = String(data.get('role') ?? '') as StaffRole;
    const found: Errors = {};
    if (!name) found.name = 'Enter their name.';
    if (!email) found.email = 'Enter their email address.';
    else if (!/^[^\s@]+@[^\s@]+$/.test(email)) found.email = 'Enter an email address like name@example.org.';
    if (role !== 'admin' && role !== 'staff') found.role = 'Choose a role.';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    createStaff.mutate(
      { name, email, role },
      {
        onSuccess: (created) => {
          form.reset();
          onCreated(created);
        },
      },
    );
  }

  const apiError = createStaff.error;
  const apiField = apiError instanceof ApiError ? apiError.field : undefined;
  const fieldError = (field: keyof Errors) =>
    errors[field] ?? (apiError && apiField === field ? apiError.message : undefined);
  const shownOnField = apiField === 'name' || apiField === 'email' || apiField === 'role';

  return (
    <form ref={formRef} className="form form--inline" onSubmit={handleSubmit} noValidate>
      {apiError && !shownOnField ? (
        <Alert tone="error" title="Could not add the staff member">
          {errorMessage(apiError)}
        </Alert>
      ) : null}
      <div className="form-grid">
        <TextField label="Name" name="name" autoComplete="off" error={fieldError('name')} required />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          inputMode="email"
          spellCheck={false}
          error={fieldError('email')}
          required
        />
        <SelectField
          label="Role"
          name="role"
          defaultValue="staff"
          error={fieldError('role')}
        >
          <option value="staff">{roleLabel.staff}</option>
          <option value="admin">{roleLabel.admin}</option>
        </SelectField>
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={createStaff.isPending}>
          {createStaff.isPending ? 'Adding…' : 'Add staff member'}
        </button>
      </div>
    </form>
  );
}
