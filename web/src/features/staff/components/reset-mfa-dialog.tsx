import { useId, useState } from 'react';
import type { StaffUser } from '../../../../../api/src/staff/schemas.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { ErrorSummary } from '../../../components/ui/error-summary.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useResetStaffMfa } from '../api/reset-staff-mfa.ts';

/** Resetting someone's two-step sign-in, confirmed by typing their email address. */
export function ResetMfaDialog({ user, onClose }: { user: StaffUser | null; onClose: () => void }) {
  const { t } = useTranslation();
  const reset = useResetStaffMfa();
  const fieldId = useId();
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  /** Each wrong attempt moves the cursor to the error summary. */
  const [failedAttempts, setFailedAttempts] = useState(0);
  const close = () => {
    setTyped('');
    setMismatch(false);
    setFailedAttempts(0);
    reset.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={user !== null}
      title={user ? t('staff.resetMfa.question', { name: user.name }) : t('staff.resetMfa.questionAny')}
      confirmLabel={t('staff.actions.resetMfa')}
      isPending={reset.isPending}
      error={reset.error ? errorMessage(reset.error) : undefined}
      onClose={close}
      onConfirm={() => {
        if (!user) return;
        if (typed.trim().toLowerCase() !== user.email) {
          setMismatch(true);
          setFailedAttempts((n) => n + 1);
          return;
        }
        reset.mutate({ id: user.id, confirmEmail: typed.trim() }, { onSuccess: close });
      }}
    >
      <p>{t('staff.resetMfa.warning')}</p>
      {/* Only while open: a closed dialog stays in the page, and its field would be one more "Email" field there. */}
      {user ? (
        <ErrorSummary items={mismatch ? [{ message: t('staff.resetMfa.mismatch'), fieldId }] : []} focusKey={failedAttempts} />
      ) : null}
      {user ? (
        <TextField
          id={fieldId}
          label={t('staff.resetMfa.confirm', { email: user.email })}
          error={mismatch ? t('staff.resetMfa.mismatch') : undefined}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      ) : null}
    </ConfirmDialog>
  );
}
