import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert.tsx';
import { focusFirstInvalid } from '../../../components/ui/field.tsx';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useSetPassword } from '../api/set-password.ts';
import { NewPasswordFields, validateNewPassword, type PasswordErrors } from './password-fields.tsx';

/** Choosing a password from a one-time link (a new account, or a reset by an admin). */
export function SetPasswordForm({ token, onSuccess }: { token: string; onSuccess: () => void }) {
  const setPassword = useSetPassword();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<PasswordErrors>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = String(data.get('password') ?? '');
    const found = validateNewPassword(password, String(data.get('confirmPassword') ?? ''));
    setErrors(found);
    if (found.password || found.confirmPassword) {
      focusFirstInvalid(formRef.current);
      return;
    }
    setPassword.mutate({ token, password }, { onSuccess });
  }

  const apiError = setPassword.error;
  const passwordProblem = apiError instanceof ApiError && apiError.field === 'password' ? apiError.message : undefined;
  const linkProblem = apiError instanceof ApiError && apiError.code === 'INVALID_LINK';

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      {apiError && !passwordProblem ? (
        <Alert tone="error" title={linkProblem ? 'This link no longer works' : 'Could not set your password'}>
          <p>{errorMessage(apiError)}</p>
        </Alert>
      ) : null}
      <NewPasswordFields errors={{ password: errors.password ?? passwordProblem, confirmPassword: errors.confirmPassword }} />
      <div className="button-row">
        <button type="submit" className="button" disabled={setPassword.isPending}>
          {setPassword.isPending ? 'Saving…' : 'Set password'}
        </button>
      </div>
    </form>
  );
}
