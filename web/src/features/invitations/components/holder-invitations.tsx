import { useState } from 'react';
import type { InvitationView } from '../../../../../api/src/invitations/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useInvitations } from '../api/get-invitations.ts';
import { useRevokeInvitation } from '../api/revoke-invitation.ts';
import { channelLabel } from './invitation-labels.ts';
import { InvitationStatusBadge } from './invitation-status-badge.tsx';

/** A link and code still able to let someone in (a locked one is stuck, but withdrawing it tidies up). */
const withdrawable = (invitation: InvitationView) => invitation.status === 'active' || invitation.status === 'locked';

/** The young carer's invitations ("Send card"), newest first, each withdrawable while it works. */
export function HolderInvitations({ holderId }: { holderId: string }) {
  const invitations = useInvitations({ holderId });
  const revoke = useRevokeInvitation();
  const [toRevoke, setToRevoke] = useState<InvitationView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function close() {
    setToRevoke(null);
    revoke.reset();
  }

  return (
    <div className="holder-invitations">
      <h3 className="subsection-title" id="invitations-title">
        Invitations sent
      </h3>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {invitations.isPending ? (
        <Loading label="Loading invitations…" />
      ) : invitations.isError ? (
        <Alert tone="error" title="Could not load the invitations">
          <p>{errorMessage(invitations.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void invitations.refetch()}>
            Try again
          </button>
        </Alert>
      ) : invitations.data.items.length === 0 ? (
        <p className="empty-state">No invitations sent yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-labelledby="invitations-title">
            <thead>
              <tr>
                <th scope="col">Sent</th>
                <th scope="col">How</th>
                <th scope="col">Status</th>
                <th scope="col">Opened</th>
                <th scope="col">Wrong dates of birth</th>
                <th scope="col">Works until</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.items.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row" data-label="Sent">
                    <time dateTime={invitation.createdAt}>{formatDateTime(invitation.createdAt)}</time>
                    <span className="cell-note break-anywhere">by {invitation.createdByEmail ?? 'a former staff member'}</span>
                  </th>
                  <td data-label="How">{channelLabel[invitation.channel]}</td>
                  <td data-label="Status">
                    <InvitationStatusBadge status={invitation.status} />
                    {invitation.status === 'revoked' && invitation.revokedAt ? (
                      <span className="cell-note">
                        <time dateTime={invitation.revokedAt}>{formatDateTime(invitation.revokedAt)}</time>
                      </span>
                    ) : invitation.status === 'locked' && invitation.lockedAt ? (
                      <span className="cell-note">
                        <time dateTime={invitation.lockedAt}>{formatDateTime(invitation.lockedAt)}</time>
                      </span>
                    ) : null}
                  </td>
                  <td data-label="Opened">
                    {invitation.uses === 0 ? (
                      <span className="muted">Not yet</span>
                    ) : (
                      <>
                        <span className="cell-line">Once</span>
                        {invitation.lastUsedAt ? (
                          <span className="cell-note">
                            <span className="visually-hidden">last opened </span>
                            <time dateTime={invitation.lastUsedAt}>{formatDateTime(invitation.lastUsedAt)}</time>
                          </span>
                        ) : null}
                      </>
                    )}
                  </td>
                  <td data-label="Wrong dates" className={invitation.failedAttempts > 0 ? 'attention' : undefined}>
                    {invitation.failedAttempts}
                  </td>
                  <td data-label="Works until">
                    <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt)}</time>
                  </td>
                  <td data-label="Actions" className="data-table__actions">
                    {withdrawable(invitation) ? (
                      <button
                        type="button"
                        className="button button--small button--danger-outline"
                        onClick={() => {
                          setNotice(null);
                          revoke.reset();
                          setToRevoke(invitation);
                        }}
                      >
                        Withdraw<span className="visually-hidden"> the invitation sent {formatDateTime(invitation.createdAt)}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={toRevoke !== null}
        title="Withdraw this invitation?"
        confirmLabel="Withdraw"
        isPending={revoke.isPending}
        error={revoke.error ? errorMessage(revoke.error) : undefined}
        onClose={close}
        onConfirm={() => {
          if (!toRevoke) return;
          revoke.mutate(toRevoke.id, {
            onSuccess: () => {
              close();
              setNotice('Invitation withdrawn. Its link and code no longer work.');
            },
          });
        }}
      >
        <p>
          Its link and code stop working at once. A phone already signed in with it keeps the card: sign that phone out
          below if it should not.
        </p>
      </ConfirmDialog>
    </div>
  );
}
