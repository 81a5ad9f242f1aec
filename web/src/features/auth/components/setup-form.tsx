import { Link } from 'react-router';
import { Type } from 'typebox';
import { SetupBody } from '../../../../../api/src/auth/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { paths } from '../../../config/paths.ts';
import { defineApiForm, fieldRules } from '../../../lib/api-form.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { useCreateFirstAdmin } from '../api/create-first-admin.ts';
import { checkConfirmation, newPasswordMessages, NewPasswordFields } from '../../../components/password-fields.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';

type SetupValues = { name: string; email: string; password: string; confirmPassword: string };

/** Checked against SetupBody (less the link's token, which the page holds). */
export const setupForm = defineApiForm({
  schema: Type.Omit(SetupBody, ['token']),
  toBody: ({ name, email, password }: SetupValues) => ({ name, email, password }),
  messages: {
    name: { required: 'auth.setup.nameRequired' },
    email: { required: 'auth.setup.emailRequired', invalid: 'auth.setup.emailInvalid' },
    password: newPasswordMessages,
  },
  check: (_body, _found, values) => checkConfirmation(values),
  asTyped: ['password', 'confirmPassword'],
});

const initialValues: SetupValues = { name: '', email: '', password: '', confirmPassword: '' };

/** The first admin account, made with the one-time link the server printed on start. */
export function SetupForm({ token, onSuccess }: { token: string; onSuccess: () => void }) {
  const { t } = useTranslation();
  const createFirstAdmin = useCreateFirstAdmin();
  const { formProps, field, unplacedError, errorSummary } = useApiForm(setupForm, {
    initialValues,
    apiError: createFirstAdmin.error,
    onSubmit: (_values, body) => createFirstAdmin.mutate({ token, ...body }, { onSuccess }),
  });

  return (
    <form {...formProps} className="form">
      {errorSummary}
      {unplacedError ? (
        <Alert tone="error" title={t('auth.setup.failed')}>
          <p>{errorMessage(unplacedError)}</p>
          {unplacedError instanceof ApiError && unplacedError.code === 'SETUP_NOT_AVAILABLE' ? (
            <p>
              <Link to={paths.auth.login.getHref()}>{t('auth.setup.toSignIn')}</Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      <TextField label={t('auth.setup.name')} {...field('name')} autoComplete="name" />
      <TextField
        label={t('auth.setup.email')}
        {...field('email')}
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        hint={t('auth.setup.emailHint')}
      />
      <NewPasswordFields
        password={field('password')}
        confirmPassword={field('confirmPassword')}
        minLength={fieldRules(setupForm, initialValues, 'password').minLength}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={createFirstAdmin.isPending}>
          {createFirstAdmin.isPending ? t('auth.setup.creating') : t('auth.setup.submit')}
        </button>
      </div>
    </form>
  );
}
