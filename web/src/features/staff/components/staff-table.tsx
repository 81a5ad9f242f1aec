import { useState } from 'react';
import type { PasswordLink, StaffUser } from '../../../../../api/src/staff/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useDisableStaff } from '../api/disable-staff.ts';
import { useStaff } from '../api/get-staff.ts';
import { roleLabel } from './staff-labels.ts';
import { StaffRowActions, type RowActionError } from './staff-row-actions.tsx';
import { ResetMfaDialog } from './reset-mfa-dialog.tsx';
import { StaffStatusBadge } from './staff-status-badge.tsx';

export function StaffTable({ onLinkCreated }: { onLinkCreated: (user: StaffUser, link: PasswordLink) => void }) {
  const staff = useStaff();
  const me = useCurrentUser();
  const disableStaff = useDisableStaff();
  const [toDisable, setToDisable] = useState<StaffUser | null>(null);
  const [toReset, setToReset] = useState<StaffUser | null>(null);
  const [actionError, setActionError] = useState<RowActionError | null>(null);

  if (staff.isPending) return <Loading label="Loading staff…" />;
  if (staff.isError) {
    return (
      <Alert tone="error" title="Could not load the staff list">
        <p>{errorMessage(staff.error)}</p>
        <button type="button" className="button button--secondary" onClick={() => void staff.refetch()}>
          Try again
        </button>
      </Alert>
    );
  }

  const users = staff.data.items;
  if (users.length === 0) return <p className="empty-state">No staff accounts yet.</p>;

  function closeDialog() {
    setToDisable(null);
    disableStaff.reset();
  }

  return (
    <>
      {actionError ? (
        <Alert tone="error" title={`Could not ${actionError.action} ${actionError.user.name}`}>
          {errorMessage(actionError.error)}
        </Alert>
      ) : null}
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">Staff accounts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">Two-step sign-in</th>
              <th scope="col">Last sign-in</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row" data-label="Name">
                  {user.name}
                  {user.id === me.id ? <span className="muted"> (you)</span> : null}
                </th>
                <td data-label="Email" className="break-anywhere">
                  {user.email}
                </td>
                <td data-label="Role">{roleLabel[user.role]}</td>
                <td data-label="Status">
                  <StaffStatusBadge status={user.status} />
                </td>
                <td data-label="Two-step sign-in">{user.mfaEnabled ? 'On' : <span className="muted">Off</span>}</td>
                <td data-label="Last sign-in">
                  {user.lastLoginAt ? (
                    <time dateTime={user.lastLoginAt}>{formatDateTime(user.lastLoginAt)}</time>
                  ) : (
                    <span className="muted">Never</span>
                  )}
                </td>
                <td data-label="Actions" className="data-table__actions">
                  {user.id === me.id ? (
                    <span className="muted">Your account</span>
                  ) : (
                    <StaffRowActions
                      user={user}
                      onDisable={setToDisable}
                      onResetMfa={setToReset}
                      onLinkCreated={onLinkCreated}
                      onError={setActionError}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ResetMfaDialog user={toReset} onClose={() => setToReset(null)} />
      <ConfirmDialog
        open={toDisable !== null}
        title={toDisable ? `Disable ${toDisable.name}?` : 'Disable account?'}
        confirmLabel="Disable account"
        isPending={disableStaff.isPending}
        error={disableStaff.error ? errorMessage(disableStaff.error) : undefined}
        onClose={closeDialog}
        onConfirm={() => {
          if (toDisable) disableStaff.mutate(toDisable.id, { onSuccess: closeDialog });
        }}
      >
        <p>
          {toDisable?.name ?? 'They'} will be signed out at once and will not be able to sign in. Their past actions
          stay in the audit log. You can enable the account again later.
        </p>
      </ConfirmDialog>
    </>
  );
}
