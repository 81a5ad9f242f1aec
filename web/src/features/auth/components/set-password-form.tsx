import { SetPasswordBody } from '../../../../../api/src/auth/schemas.ts';
import { Type } from 'typebox';
import { Alert } from '../../../components/ui/alert.tsx';
import { defineApiForm, fieldRules } from '../../../lib/api-form.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { useSetPassword } from '../api/set-password.ts';
import { checkConfirmation, newPasswordMessages, NewPasswordFields } from '../../../components/password-fields.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';

type SetPasswordValues = { password: string; confirmPassword: string };

/** Checked against SetPasswordBody (less the link's token, which the page holds). */
const setPasswordForm = defineApiForm({
  schema: Type.Omit(SetPasswordBody, ['token']),
  toBody: (values: SetPasswordValues) => ({ password: values.password }),
  messages: { password: newPasswordMessages },
  check: (_body, _found, values) => checkConfirmation(values),
  asTyped: ['password', 'confirmPassword'],
});

const initialValues: SetPasswordValues = { password: '', confirmPassword: '' };

/** Choosing a password from a one-time link (a new account, or a reset by an admin). */
export function SetPasswordForm({ token, onSuccess }: { token: string; onSuccess: () => void }) {
  const { t } = useTranslation();
  const setPassword = useSetPassword();
  const { formProps, field, unplacedError, errorSummary } = useApiForm(setPasswordForm, {
    initialValues,
    apiError: setPassword.error,
    onSubmit: (_values, body) => setPassword.mutate({ token, ...body }, { onSuccess }),
  });
  const linkProblem = unplacedError instanceof ApiError && unplacedError.code === 'INVALID_LINK';

  return (
    <form {...formProps} className="form">
      {errorSummary}
      {unplacedError ? (
        <Alert tone="error" title={linkProblem ? t('auth.setPassword.linkGone') : t('auth.setPassword.failed')}>
          <p>{errorMessage(unplacedError)}</p>
        </Alert>
      ) : null}
      <NewPasswordFields
        password={field('password')}
        confirmPassword={field('confirmPassword')}
        minLength={fieldRules(setPasswordForm, initialValues, 'password').minLength}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={setPassword.isPending}>
          {setPassword.isPending ? t('auth.setPassword.saving') : t('auth.setPassword.submit')}
        </button>
      </div>
    </form>
  );
}
