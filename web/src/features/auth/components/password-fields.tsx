import { TextField } from '../../../components/ui/field.tsx';

/** Mirrors the API's rule (api/src/auth/passwords.ts), so most mistakes are caught before sending. */
export const MIN_PASSWORD_LENGTH = 12;

export const PASSWORD_RULE =
  'Use at least 12 characters. Common passwords, and passwords containing your name or email address, are not accepted. A few unrelated words work well.';

export type PasswordErrors = { password?: string; confirmPassword?: string };

export function validateNewPassword(password: string, confirmPassword: string): PasswordErrors {
  const errors: PasswordErrors = {};
  if (!password) errors.password = 'Enter a password.';
  else if ([...password].length < MIN_PASSWORD_LENGTH)
    errors.password = `Use at least ${MIN_PASSWORD_LENGTH} characters (you have ${[...password].length}).`;
  if (!confirmPassword) errors.confirmPassword = 'Enter the password again.';
  else if (password && confirmPassword !== password) errors.confirmPassword = 'The passwords do not match.';
  return errors;
}

/** A new password and its confirmation, with the rule shown before typing. */
export function NewPasswordFields({ errors }: { errors: PasswordErrors }) {
  return (
    <>
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={PASSWORD_RULE}
        error={errors.password}
        required
      />
      <TextField
        label="Confirm password"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword}
        required
      />
    </>
  );
}
