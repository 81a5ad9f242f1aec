import { useState } from 'react';
import type { DeviceSessionView } from '../../../../../api/src/my-card/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useHolderDevices } from '../api/get-holder-devices.ts';
import { useSignOutDevice } from '../api/sign-out-device.ts';

function deviceStatus(device: DeviceSessionView): { label: string; className: string } {
  if (device.active) return { label: 'Signed in', className: 'badge badge--device-active' };
  if (device.revokedAt) return { label: 'Signed out', className: 'badge badge--device-ended' };
  return { label: 'Expired', className: 'badge badge--device-ended' };
}

/** The phones that opened the young carer's own card, and "Sign out this phone" for a lost or shared one. */
export function HolderDevices({ holderId, firstName }: { holderId: string; firstName: string }) {
  const devices = useHolderDevices(holderId);
  const signOut = useSignOutDevice();
  const [toSignOut, setToSignOut] = useState<DeviceSessionView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function close() {
    setToSignOut(null);
    signOut.reset();
  }

  return (
    <div className="holder-devices">
      <h3 className="subsection-title" id="devices-title">
        Phones signed in
      </h3>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {devices.isPending ? (
        <Loading label="Loading phones…" />
      ) : devices.isError ? (
        <Alert tone="error" title="Could not load the phones">
          <p>{errorMessage(devices.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void devices.refetch()}>
            Try again
          </button>
        </Alert>
      ) : devices.data.length === 0 ? (
        <p className="empty-state">No phone has opened {firstName}’s card yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-labelledby="devices-title">
            <thead>
              <tr>
                <th scope="col">Signed in</th>
                <th scope="col">Last seen</th>
                <th scope="col">Status</th>
                <th scope="col">Until</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {devices.data.map((device) => {
                const status = deviceStatus(device);
                return (
                  <tr key={device.id}>
                    <th scope="row" data-label="Signed in">
                      <time dateTime={device.createdAt}>{formatDateTime(device.createdAt)}</time>
                    </th>
                    <td data-label="Last seen">
                      <time dateTime={device.lastSeenAt}>{formatDateTime(device.lastSeenAt)}</time>
                    </td>
                    <td data-label="Status">
                      <span className={status.className}>{status.label}</span>
                      {device.revokedAt ? (
                        <span className="cell-note">
                          <time dateTime={device.revokedAt}>{formatDateTime(device.revokedAt)}</time>
                        </span>
                      ) : null}
                    </td>
                    <td data-label="Until">
                      <time dateTime={device.expiresAt}>{formatDateTime(device.expiresAt)}</time>
                    </td>
                    <td data-label="Actions" className="data-table__actions">
                      {device.active ? (
                        <button
                          type="button"
                          className="button button--small button--danger-outline"
                          onClick={() => {
                            setNotice(null);
                            signOut.reset();
                            setToSignOut(device);
                          }}
                        >
                          Sign out this phone<span className="visually-hidden"> (signed in {formatDateTime(device.createdAt)})</span>
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ConfirmDialog
        open={toSignOut !== null}
        title="Sign out this phone?"
        confirmLabel="Sign out phone"
        isPending={signOut.isPending}
        error={signOut.error ? errorMessage(signOut.error) : undefined}
        onClose={close}
        onConfirm={() => {
          if (!toSignOut) return;
          signOut.mutate(toSignOut.id, {
            onSuccess: () => {
              close();
              setNotice('Phone signed out. It no longer shows the card.');
            },
          });
        }}
      >
        <p>
          From its next connection, the phone can no longer open the card. To use a phone again, {firstName} opens
          an invitation link (send a new one if theirs has run out).
        </p>
      </ConfirmDialog>
    </div>
  );
}
