import type { PasswordLink, StaffUser } from '../../../../../api/src/staff/schemas.ts';
import { useCreatePasswordLink } from '../api/create-password-link.ts';
import { useEnableStaff } from '../api/enable-staff.ts';
import { useUpdateStaff } from '../api/update-staff.ts';
import { roleLabel } from './staff-labels.ts';

export type RowActionError = { user: StaffUser; action: string; error: Error };

/**
 * The buttons on one staff row. Each button's accessible name ends with the
 * person's name ("Disable Sam Lee"), so a screen reader user hears whose row it is.
 */
export function StaffRowActions({
  user,
  onDisable,
  onResetMfa,
  onLinkCreated,
  onError,
}: {
  user: StaffUser;
  onDisable: (user: StaffUser) => void;
  onResetMfa: (user: StaffUser) => void;
  onLinkCreated: (user: StaffUser, link: PasswordLink) => void;
  onError: (error: RowActionError | null) => void;
}) {
  const updateStaff = useUpdateStaff();
  const enableStaff = useEnableStaff();
  const createLink = useCreatePasswordLink();
  const busy = updateStaff.isPending || enableStaff.isPending || createLink.isPending;
  const otherRole = user.role === 'admin' ? 'staff' : 'admin';
  const whose = <span className="visually-hidden"> {user.name}</span>;

  const fail = (action: string) => (error: Error) => onError({ user, action, error });

  return (
    <div className="row-actions">
      {user.status !== 'disabled' ? (
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={busy}
          onClick={() => {
            onError(null);
            updateStaff.mutate({ id: user.id, role: otherRole }, { onError: fail(`change the role of`) });
          }}
        >
          Make {roleLabel[otherRole].toLowerCase()}
          {whose}
        </button>
      ) : null}
      {user.status !== 'disabled' ? (
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={busy}
          onClick={() => {
            onError(null);
            createLink.mutate(user.id, {
              onSuccess: (link) => onLinkCreated(user, link),
              onError: fail('make a password link for'),
            });
          }}
        >
          {createLink.isPending ? 'Making link…' : 'New password link'}
          {whose}
        </button>
      ) : null}
      {user.mfaEnabled ? (
        <button
          type="button"
          className="button button--small button--danger-outline"
          disabled={busy}
          onClick={() => {
            onError(null);
            onResetMfa(user);
          }}
        >
          Reset two-step sign-in
          {whose}
        </button>
      ) : null}
      {user.status === 'disabled' ? (
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={busy}
          onClick={() => {
            onError(null);
            enableStaff.mutate(user.id, { onError: fail('enable') });
          }}
        >
          {enableStaff.isPending ? 'Enabling…' : 'Enable'}
          {whose}
        </button>
      ) : (
        <button
          type="button"
          className="button button--small button--danger-outline"
          disabled={busy}
          onClick={() => {
            onError(null);
            onDisable(user);
          }}
        >
          Disable
          {whose}
        </button>
      )}
    </div>
  );
}
