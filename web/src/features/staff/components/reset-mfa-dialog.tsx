import { useState } from 'react';
import type { StaffUser } from '../../../../../api/src/staff/schemas.ts';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { TextField } from '../../../components/ui/field.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { useResetStaffMfa } from '../api/reset-staff-mfa.ts';

/** Resetting someone's two-step sign-in, confirmed by typing their email address. */
export function ResetMfaDialog({ user, onClose }: { user: StaffUser | null; onClose: () => void }) {
  const reset = useResetStaffMfa();
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const close = () => {
    setTyped('');
    setMismatch(false);
    reset.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={user !== null}
      title={user ? `Reset two-step sign-in for ${user.name}?` : 'Reset two-step sign-in?'}
      confirmLabel="Reset two-step sign-in"
      isPending={reset.isPending}
      error={reset.error ? errorMessage(reset.error) : undefined}
      onClose={close}
      onConfirm={() => {
        if (!user) return;
        if (typed.trim().toLowerCase() !== user.email) {
          setMismatch(true);
          return;
        }
        reset.mutate({ id: user.id, confirmEmail: typed.trim() }, { onSuccess: close });
      }}
    >
      <p>
        Their authenticator app and recovery codes stop working and they are signed out everywhere. They sign in with
        their password next time (and set up an app again, if it is required). Only do this once you are sure it is them asking.
      </p>
      {/* Only while open: a closed dialog stays in the page, and its field would be one more "Email" field there. */}
      {user ? (
        <TextField
          label={`Type ${user.email} to confirm`}
          error={mismatch ? 'That is not their email address.' : undefined}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      ) : null}
    </ConfirmDialog>
  );
}
