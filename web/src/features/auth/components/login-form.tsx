import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { focusFirstInvalid, TextField } from '../../../components/ui/field.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useLogin } from '../api/login.ts';

type Errors = { email?: string; password?: string };

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const login = useLogin();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Errors>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const found: Errors = {};
    if (!email) found.email = 'Enter your email address.';
    if (!password) found.password = 'Enter your password.';
    setErrors(found);
    if (found.email || found.password) {
      focusFirstInvalid(formRef.current);
      return;
    }
    login.mutate({ email, password }, { onSuccess });
  }

  const apiError = login.error;
  const fieldError = apiError instanceof ApiError && (apiError.field === 'email' || apiError.field === 'password');
  const emailError = errors.email ?? (fieldError && apiError.field === 'email' ? apiError.message : undefined);
  const passwordError = errors.password ?? (fieldError && apiError.field === 'password' ? apiError.message : undefined);

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      {apiError && !fieldError ? <Alert tone="error" title="Could not sign in">{errorMessage(apiError)}</Alert> : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        error={emailError}
        required
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        error={passwordError}
        required
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? 'Signing in…' : 'Sign in'}
        </button>
      </div>
    </form>
  );
}

