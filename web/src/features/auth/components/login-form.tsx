import { LoginBody } from '../../../../../api/src/auth/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { TextField } from '../../../components/ui/field.tsx';
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
  messages: { email: { required: 'Enter your email address.' }, password: { required: 'Enter your password.' } },
  asTyped: ['password'],
});

const initialValues: LoginValues = { email: '', password: '' };

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
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
        <h2 className="section-title">Two-step sign-in</h2>
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
      {unplacedError ? <Alert tone="error" title="Could not sign in">{errorMessage(unplacedError)}</Alert> : null}
      <TextField label="Email" {...field('email')} type="email" autoComplete="username" inputMode="email" spellCheck={false} />
      <TextField label="Password" {...field('password')} type="password" autoComplete="current-password" />
      <div className="button-row">
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}
