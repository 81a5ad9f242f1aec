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
import { useTranslation } from '../../../i18n/use-translation.ts';

type ChangePasswordValues = { currentPassword: string; password: string; confirmPassword: string };

/** Checked against ChangePasswordBody: the new password follows the same rules as setting one from a link. */
const changePasswordForm = defineApiForm({
  schema: Type.Object({ currentPassword: ChangePasswordBody.properties.currentPassword, password: ChangePasswordBody.properties.newPassword }),
  toBody: (values: ChangePasswordValues) => ({ currentPassword: values.currentPassword, password: values.password }),
  messages: { currentPassword: { required: 'account.password.currentRequired' }, password: newPasswordMessages },
  check: (_body, _found, values) => checkConfirmation(values),
  asTyped: ['currentPassword', 'password', 'confirmPassword'],
});

const initialValues: ChangePasswordValues = { currentPassword: '', password: '', confirmPassword: '' };

/** Change one's own password on Your account. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [formKey, setFormKey] = useState(0);
  const [ended, setEnded] = useState<number | null>(null);
  return (
    <>
      {ended !== null ? (
        <Alert tone="success">
          {t('account.password.changed', { ended })}
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
  const { t } = useTranslation();
  // The API names the new password `newPassword`; the form's field is `password`, as on the set-password page.
  const { formProps, field, unplacedError, errorSummary } = useApiForm(changePasswordForm, { initialValues, apiError, onSubmit: (_values, body) => onSubmit(body) });
  return (
    <form {...formProps} className="form">
      {errorSummary}
      {unplacedError ? (
        <Alert tone="error" title={t('account.password.failed')}>
          <p>{errorMessage(unplacedError)}</p>
        </Alert>
      ) : null}
      <TextField label={t('account.password.current')} {...field('currentPassword')} type="password" autoComplete="current-password" />
      <NewPasswordFields
        password={field('password')}
        confirmPassword={field('confirmPassword')}
        minLength={fieldRules(changePasswordForm, initialValues, 'password').minLength}
        newPassword
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('account.password.saving') : t('account.password.submit')}
        </button>
      </div>
    </form>
  );
}
