import { TextField, type TextFieldProps } from './ui/field.tsx';
import type { FieldErrors, FieldMessages } from '../lib/api-form.ts';

/**
 * A new password and its confirmation: the part the set-password and first
 * admin forms share. The length rule is the API's (Password in
 * api/src/staff/schemas.ts); the API also refuses common passwords, and
 * ones containing the person's name or email, which only it can check.
 */
export const newPasswordMessages: FieldMessages = {
  required: 'Enter a password.',
  minLength: ({ minLength }, value) => `Use at least ${minLength} characters (you have ${[...value].length}).`,
};

/** The confirmation is the form's own field (the API never sees it). */
export function checkConfirmation(values: { password: string; confirmPassword: string }): FieldErrors<{ confirmPassword: string }> {
  if (!values.confirmPassword) return { confirmPassword: 'Enter the password again.' };
  if (values.password && values.confirmPassword !== values.password) return { confirmPassword: 'The passwords do not match.' };
  return {};
}

export function passwordRule(minLength: number | undefined): string {
  return `Use at least ${minLength} characters. Common passwords, and passwords containing your name or email address, are not accepted. A few unrelated words work well.`;
}

type Field = Omit<TextFieldProps, 'label'>;

/** A new password and its confirmation, with the rule shown before typing. `label`: "New password" where a current one is asked too. */
export function NewPasswordFields({
  password,
  confirmPassword,
  minLength,
  label = 'Password',
}: {
  password: Field;
  confirmPassword: Field;
  minLength: number | undefined;
  label?: string;
}) {
  return (
    <>
      <TextField label={label} {...password} type="password" autoComplete="new-password" hint={passwordRule(minLength)} />
      <TextField label={`Confirm ${label.toLowerCase()}`} {...confirmPassword} type="password" autoComplete="new-password" />
    </>
  );
}
