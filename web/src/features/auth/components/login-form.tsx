import { LoginBody } from '../../../../../api/src/auth/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { defineApiForm } from '../../../lib/api-form.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useApiForm } from '../../../lib/use-api-form.ts';
import { useState } from 'react';
import { useLogin } from '../api/login.ts';
import { MfaCodeForm, type MfaMethod } from './mfa-code-form.tsx';

type LoginValues = { email: string; password: string };

const loginForm = defineApiForm({
  schema: LoginBody,
  toBody: (values: LoginValues) => values,
  messages: { email: { required: 'auth.login.emailRequired' }, password: { required: 'auth.login.passwordRequired' } },
  asTyped: ['password'],
});

const initialValues: LoginValues = { email: '', password: '' };

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [challenge, setChallenge] = useState<{ mfaToken: string; methods: MfaMethod[] } | null>(null);
  const { formProps, field, unplacedError, errorSummary } = useApiForm(loginForm, {
    initialValues,
    apiError: login.error,
    onSubmit: (_values, body) =>
      login.mutate(body, { onSuccess: (answer) => ('mfaRequired' in answer ? setChallenge({ mfaToken: answer.mfaToken, methods: answer.methods }) : onSuccess()) }),
  });

  if (challenge) {
    return (
      <>
        <h2 className="section-title">{t('auth.mfa.title')}</h2>
        <MfaCodeForm
          mfaToken={challenge.mfaToken}
          methods={challenge.methods}
          onSuccess={onSuccess}
          onRestart={() => {
            login.reset();
            setChallenge(null);
          }}
        />
      </>
    );
  }

  return (
    <form {...formProps} className="form">
      {errorSummary}
      {unplacedError ? <Alert tone="error" title={t('auth.login.failed')}>{errorMessage(unplacedError)}</Alert> : null}
      <TextField label={t('auth.login.email')} {...field('email')} type="email" autoComplete="username" inputMode="email" spellCheck={false} />
      <TextField label={t('auth.login.password')} {...field('password')} type="password" autoComplete="current-password" />
      <div className="button-row">
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t('auth.login.pending') : t('auth.login.submit')}
        </button>
      </div>
    </form>
  );
}
