import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert.tsx';
import { focusFirstInvalid, TextField } from '../../../components/ui/field.tsx';
import { paths } from '../../../config/paths.ts';
import { ApiError, errorMessage } from '../../../lib/api-client.ts';
import { useCreateFirstAdmin } from '../api/create-first-admin.ts';
import { NewPasswordFields, validateNewPassword, type PasswordErrors } from './password-fields.tsx';

type Errors = PasswordErrors & { name?: string; email?: string };

/** The first admin account, made with the one-time link the server printed on start. */
export function SetupForm({ token, onSuccess }: { token: string; onSuccess: () => void }) {
  const createFirstAdmin = useCreateFirstAdmin();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Errors>({});

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get('name') ?? '').trim();
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const confirmPassword = String(data.get('confirmPassword') ?? '');
    const found: Errors = validateNewPassword(password, confirmPassword);
    if (!name) found.name = 'Enter your name.';
    if (!email) found.email = 'Enter your email address.';
    else if (!/^[^\s@]+@[^\s@]+$/.test(email)) found.email = 'Enter an email address like name@example.org.';
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid(formRef.current);
      return;
    }
    createFirstAdmin.mutate({ token, name, email, password }, { onSuccess });
  }

  const apiError = createFirstAdmin.error;
  const apiField = apiError instanceof ApiError ? apiError.field : undefined;
  const fieldErrorFor = (field: keyof Errors) =>
    errors[field] ?? (apiField === field && apiError ? apiError.message : undefined);
  const isFieldError = apiField === 'name' || apiField === 'email' || apiField === 'password';

  return (
    <form ref={formRef} className="form" onSubmit={handleSubmit} noValidate>
      {apiError && !isFieldError ? (
        <Alert tone="error" title="Could not create the admin account">
          <p>{errorMessage(apiError)}</p>
          {apiError instanceof ApiError && apiError.code === 'SETUP_NOT_AVAILABLE' ? (
            <p>
              <Link to={paths.auth.login.getHref()}>Go to sign in</Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      <TextField label="Name" name="name" autoComplete="name" error={fieldErrorFor('name')} required />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        hint="You will sign in with this address."
        error={fieldErrorFor('email')}
        required
      />
      <NewPasswordFields
        errors={{ password: fieldErrorFor('password'), confirmPassword: fieldErrorFor('confirmPassword') }}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={createFirstAdmin.isPending}>
          {createFirstAdmin.isPending ? 'Creating account…' : 'Create admin account'}
        </button>
      </div>
    </form>
  );
}
