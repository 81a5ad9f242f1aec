import { useState } from 'react';
import { Type } from 'typebox';
import { ChangePasswordBody } from '../../../../../api/src/auth/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { defineApiForm, fieldRules } from '../../../lib/api-form.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { checkConfirmation, newPasswordMessages, NewPasswordFields } from '../../../components/password-fields.tsx';
import { useChangePassword } from '../api/change-password.ts';

type ChangePasswordValues = { currentPassword: string; password: string; confirmPassword: string };

/** Checked against ChangePasswordBody: the new password follows the same rules as setting one from a link. */
const changePasswordForm = defineApiForm({
  schema: Type.Object({ currentPassword: ChangePasswordBody.properties.currentPassword, password: ChangePasswordBody.properties.newPassword }),
  toBody: (values: ChangePasswordValues) => ({ currentPassword: values.currentPassword, password: values.password }),
  messages: { currentPassword: { required: 'Enter your current password.' }, password: newPasswordMessages },
  check: (_body, _found, values) => checkConfirmation(values),
  asTyped: ['currentPassword', 'password', 'confirmPassword'],
});

const initialValues: ChangePasswordValues = { currentPassword: '', password: '', confirmPassword: '' };

/** Change one's own password on Your account. */
export function ChangePasswordForm() {
  const change = useChangePassword();
  const [formKey, setFormKey] = useState(0);
  const [ended, setEnded] = useState<number | null>(null);
  return (
    <>
      {ended !== null ? (
        <Alert tone="success">
          Your password is changed.{' '}
          {ended === 0 ? 'You were not signed in anywhere else.' : `You were signed out of ${ended === 1 ? 'your other session' : `your ${ended} other sessions`}.`}
        </Alert>
      ) : null}
      <ChangePasswordFields
        key={formKey}
        pending={change.isPending}
        apiError={change.error}
        onSubmit={(body) =>
          change.mutate(
            { currentPassword: body.currentPassword, newPassword: body.password },
            {
              onSuccess: ({ endedSessions }) => {
                setEnded(endedSessions);
                setFormKey((k) => k + 1);
              },
            },
          )
        }
      />
    </>
  );
}

function ChangePasswordFields({
  pending,
  apiError,
  onSubmit,
}: {
  pending: boolean;
  apiError: Error | null;
  onSubmit: (body: { currentPassword: string; password: string }) => void;
}) {
  // The API names the new password `newPassword`; the form's field is `password`, as on the set-password page.
  const { formProps, field, unplacedError } = useApiForm(changePasswordForm, { initialValues, apiError, onSubmit: (_values, body) => onSubmit(body) });
  return (
    <form {...formProps} className="form">
      {unplacedError ? (
        <Alert tone="error" title="Could not change your password">
          <p>{errorMessage(unplacedError)}</p>
        </Alert>
      ) : null}
      <TextField label="Current password" {...field('currentPassword')} type="password" autoComplete="current-password" />
      <NewPasswordFields
        password={field('password')}
        confirmPassword={field('confirmPassword')}
        minLength={fieldRules(changePasswordForm, initialValues, 'password').minLength}
        label="New password"
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Saving…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}
