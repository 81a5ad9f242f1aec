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
import { useTranslation } from '../../../i18n/use-translation.ts';

/** A link and code still able to let someone in (a locked one is stuck, but withdrawing it tidies up). */
const withdrawable = (invitation: InvitationView) => invitation.status === 'active' || invitation.status === 'locked';

/** The young carer's invitations ("Send card"), newest first, each withdrawable while it works. */
export function HolderInvitations({ holderId }: { holderId: string }) {
  const { t } = useTranslation();
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
        {t('invitations.list.title')}
      </h3>
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {invitations.isPending ? (
        <Loading label={t('invitations.list.loading')} />
      ) : invitations.isError ? (
        <Alert tone="error" title={t('invitations.list.loadFailed')}>
          <p>{errorMessage(invitations.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void invitations.refetch()}>
            {t('invitations.devices.tryAgain')}
          </button>
        </Alert>
      ) : invitations.data.items.length === 0 ? (
        <p className="empty-state">{t('invitations.list.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-labelledby="invitations-title">
            <thead>
              <tr>
                <th scope="col">{t('invitations.list.sent')}</th>
                <th scope="col">{t('invitations.list.how')}</th>
                <th scope="col">{t('invitations.list.status')}</th>
                <th scope="col">{t('invitations.list.opened')}</th>
                <th scope="col">{t('invitations.list.wrongDates')}</th>
                <th scope="col">{t('invitations.list.until')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('invitations.devices.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.items.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row" data-label={t('invitations.list.sent')}>
                    <time dateTime={invitation.createdAt}>{formatDateTime(invitation.createdAt)}</time>
                    <span className="cell-note break-anywhere">{t('invitations.locked.by', { email: invitation.createdByEmail ?? t('invitations.list.formerStaff') })}</span>
                  </th>
                  <td data-label={t('invitations.list.how')}>{channelLabel[invitation.channel]}</td>
                  <td data-label={t('invitations.list.status')}>
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
                  <td data-label={t('invitations.list.opened')}>
                    {invitation.uses === 0 ? (
                      <span className="muted">{t('invitations.list.notYet')}</span>
                    ) : (
                      <>
                        <span className="cell-line">{t('invitations.list.once')}</span>
                        {invitation.lastUsedAt ? (
                          <span className="cell-note">
                            <span className="visually-hidden">{t('invitations.list.lastOpened')} </span>
                            <time dateTime={invitation.lastUsedAt}>{formatDateTime(invitation.lastUsedAt)}</time>
                          </span>
                        ) : null}
                      </>
                    )}
                  </td>
                  <td data-label={t('invitations.list.wrongDatesShort')} className={invitation.failedAttempts > 0 ? 'attention' : undefined}>
                    {invitation.failedAttempts}
                  </td>
                  <td data-label={t('invitations.list.until')}>
                    <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt)}</time>
                  </td>
                  <td data-label={t('invitations.devices.actions')} className="data-table__actions">
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
                        {t('invitations.list.withdraw')}<span className="visually-hidden"> {t('invitations.list.withdrawHidden', { when: formatDateTime(invitation.createdAt) })}</span>
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
        title={t('invitations.list.confirmTitle')}
        confirmLabel={t('invitations.list.withdraw')}
        isPending={revoke.isPending}
        error={revoke.error ? errorMessage(revoke.error) : undefined}
        onClose={close}
        onConfirm={() => {
          if (!toRevoke) return;
          revoke.mutate(toRevoke.id, {
            onSuccess: () => {
              close();
              setNotice(t('invitations.list.done'));
            },
          });
        }}
      >
        <p>
          {t('invitations.list.confirmText')}
        </p>
      </ConfirmDialog>
    </div>
  );
}
