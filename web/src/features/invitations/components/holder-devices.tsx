import { useState } from 'react';
import type { DeviceSessionView } from '../../../../../api/src/my-card/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { translate } from '../../../i18n/start-i18n.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { useHolderDevices } from '../api/get-holder-devices.ts';
import { useSignOutDevice } from '../api/sign-out-device.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

function deviceStatus(device: DeviceSessionView): { label: string; className: string } {
  if (device.active) return { label: translate('invitations.devices.active'), className: 'badge badge--device-active' };
  if (device.revokedAt) return { label: translate('invitations.devices.signedOut'), className: 'badge badge--device-ended' };
  return { label: translate('invitations.devices.expired'), className: 'badge badge--device-ended' };
}

/** The phones that opened the young carer's own card, and "Sign out this phone" for a lost or shared one. */
export function HolderDevices({ holderId, firstName }: { holderId: string; firstName: string }) {
  const { t } = useTranslation();
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
        {t('invitations.devices.title')}
      </h3>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {devices.isPending ? (
        <Loading label={t('invitations.devices.loading')} />
      ) : devices.isError ? (
        <Alert tone="error" title={t('invitations.devices.loadFailed')}>
          <p>{errorMessage(devices.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void devices.refetch()}>
            {t('invitations.devices.tryAgain')}
          </button>
        </Alert>
      ) : devices.data.length === 0 ? (
        <p className="empty-state">{t('invitations.devices.none', { firstName })}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-labelledby="devices-title">
            <thead>
              <tr>
                <th scope="col">{t('invitations.devices.signedInAt')}</th>
                <th scope="col">{t('invitations.devices.lastSeen')}</th>
                <th scope="col">{t('invitations.devices.status')}</th>
                <th scope="col">{t('invitations.devices.until')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('invitations.devices.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {devices.data.map((device) => {
                const status = deviceStatus(device);
                return (
                  <tr key={device.id}>
                    <th scope="row" data-label={t('invitations.devices.signedInAt')}>
                      <time dateTime={device.createdAt}>{formatDateTime(device.createdAt)}</time>
                    </th>
                    <td data-label={t('invitations.devices.lastSeen')}>
                      <time dateTime={device.lastSeenAt}>{formatDateTime(device.lastSeenAt)}</time>
                    </td>
                    <td data-label={t('invitations.devices.status')}>
                      <span className={status.className}>{status.label}</span>
                      {device.revokedAt ? (
                        <span className="cell-note">
                          <time dateTime={device.revokedAt}>{formatDateTime(device.revokedAt)}</time>
                        </span>
                      ) : null}
                    </td>
                    <td data-label={t('invitations.devices.until')}>
                      <time dateTime={device.expiresAt}>{formatDateTime(device.expiresAt)}</time>
                    </td>
                    <td data-label={t('invitations.devices.actions')} className="data-table__actions">
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
                          {t('invitations.devices.signOut')}<span className="visually-hidden"> {t('invitations.devices.signOutHidden', { when: formatDateTime(device.createdAt) })}</span>
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
        title={t('invitations.devices.confirmTitle')}
        confirmLabel={t('invitations.devices.confirm')}
        isPending={signOut.isPending}
        error={signOut.error ? errorMessage(signOut.error) : undefined}
        onClose={close}
        onConfirm={() => {
          if (!toSignOut) return;
          signOut.mutate(toSignOut.id, {
            onSuccess: () => {
              close();
              setNotice(t('invitations.devices.done'));
            },
          });
        }}
      >
        <p>
          {t('invitations.devices.confirmText', { firstName })}
        </p>
      </ConfirmDialog>
    </div>
  );
}
