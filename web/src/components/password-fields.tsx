import { TextField, type TextFieldProps } from './ui/field.tsx';
import type { FieldErrors, FieldMessages } from '../lib/api-form.ts';
import { translate } from '../i18n/start-i18n.ts';
import { useTranslation } from '../i18n/use-translation.ts';

/**
 * A new password and its confirmation: the part the set-password and first
 * admin forms share. The length rule is the API's (Password in
 * api/src/staff/schemas.ts); the API also refuses common passwords, and
 * ones containing the person's name or email, which only it can check.
 */
export const newPasswordMessages: FieldMessages = {
  required: 'auth.password.required',
  minLength: ({ minLength }, value) => translate('auth.password.tooShort', { minLength: minLength ?? 0, length: [...value].length }),
};

/** The confirmation is the form's own field (the API never sees it). Its messages are catalogue keys, read when checked. */
export function checkConfirmation(values: { password: string; confirmPassword: string }): FieldErrors<{ confirmPassword: string }> {
  if (!values.confirmPassword) return { confirmPassword: 'auth.password.confirmRequired' };
  if (values.password && values.confirmPassword !== values.password) return { confirmPassword: 'auth.password.mismatch' };
  return {};
}

export function passwordRule(minLength: number | undefined): string {
  return translate('auth.password.rule', { minLength: minLength ?? 0 });
}

type Field = Omit<TextFieldProps, 'label'>;

/** A new password and its confirmation, with the rule shown before typing. `newPassword`: labelled "New password", where a current one is asked too. */
export function NewPasswordFields({
  password,
  confirmPassword,
  minLength,
  newPassword = false,
}: {
  password: Field;
  confirmPassword: Field;
  minLength: number | undefined;
  newPassword?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={newPassword ? t('auth.password.newLabel') : t('auth.password.label')} {...password} type="password" autoComplete="new-password" hint={passwordRule(minLength)} />
      <TextField label={newPassword ? t('auth.password.confirmNewLabel') : t('auth.password.confirmLabel')} {...confirmPassword} type="password" autoComplete="new-password" />
    </>
  );
}
