import { useState } from 'react';
import type { PasswordLink, StaffUser } from '../../../../../api/src/staff/schemas.ts';
import { Alert } from '../../../components/ui/alert.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Loading } from '../../../components/ui/loading.tsx';
import { useTranslation } from '../../../i18n/use-translation.ts';
import { errorMessage } from '../../../lib/api-client.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useDisableStaff } from '../api/disable-staff.ts';
import { useStaff } from '../api/get-staff.ts';
import { formatMoment, roleLabel } from './staff-labels.ts';
import { StaffRowActions, type RowActionError } from './staff-row-actions.tsx';
import { ResetMfaDialog } from './reset-mfa-dialog.tsx';
import { StaffStatusBadge } from './staff-status-badge.tsx';

export function StaffTable({ onLinkCreated }: { onLinkCreated: (user: StaffUser, link: PasswordLink) => void }) {
  const { t } = useTranslation();
  const staff = useStaff();
  const me = useCurrentUser();
  const disableStaff = useDisableStaff();
  const [toDisable, setToDisable] = useState<StaffUser | null>(null);
  const [toReset, setToReset] = useState<StaffUser | null>(null);
  const [actionError, setActionError] = useState<RowActionError | null>(null);

  if (staff.isPending) return <Loading label={t('staff.table.loading')} />;
  if (staff.isError) {
    return (
      <Alert tone="error" title={t('staff.table.loadFailed')}>
        <p>{errorMessage(staff.error)}</p>
        <button type="button" className="button button--secondary" onClick={() => void staff.refetch()}>
          {t('staff.tryAgain')}
        </button>
      </Alert>
    );
  }

  const users = staff.data.items;
  if (users.length === 0) return <p className="empty-state">{t('staff.table.none')}</p>;

  function closeDialog() {
    setToDisable(null);
    disableStaff.reset();
  }

  return (
    <>
      {actionError ? (
        <Alert tone="error" title={t(`staff.rowErrors.${actionError.action}`, { name: actionError.user.name })}>
          {errorMessage(actionError.error)}
        </Alert>
      ) : null}
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t('staff.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('staff.fields.name')}</th>
              <th scope="col">{t('staff.fields.email')}</th>
              <th scope="col">{t('staff.fields.role')}</th>
              <th scope="col">{t('staff.table.status')}</th>
              <th scope="col">{t('staff.table.mfa')}</th>
              <th scope="col">{t('staff.table.lastSignIn')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('staff.table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row" data-label={t('staff.fields.name')}>
                  {user.name}
                  {user.id === me.id ? <span className="muted"> {t('staff.table.you')}</span> : null}
                </th>
                <td data-label={t('staff.fields.email')} className="break-anywhere">
                  {user.email}
                </td>
                <td data-label={t('staff.fields.role')}>{roleLabel[user.role]}</td>
                <td data-label={t('staff.table.status')}>
                  <StaffStatusBadge status={user.status} />
                </td>
                <td data-label={t('staff.table.mfa')}>{user.mfaEnabled ? t('staff.table.on') : <span className="muted">{t('staff.table.off')}</span>}</td>
                <td data-label={t('staff.table.lastSignIn')}>
                  {user.lastLoginAt ? (
                    <time dateTime={user.lastLoginAt}>{formatMoment(user.lastLoginAt)}</time>
                  ) : (
                    <span className="muted">{t('staff.table.never')}</span>
                  )}
                </td>
                <td data-label={t('staff.table.actions')} className="data-table__actions">
                  {user.id === me.id ? (
                    <span className="muted">{t('staff.table.yourAccount')}</span>
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
        title={toDisable ? t('staff.disable.question', { name: toDisable.name }) : t('staff.disable.questionAny')}
        confirmLabel={t('staff.disable.confirm')}
        isPending={disableStaff.isPending}
        error={disableStaff.error ? errorMessage(disableStaff.error) : undefined}
        onClose={closeDialog}
        onConfirm={() => {
          if (toDisable) disableStaff.mutate(toDisable.id, { onSuccess: closeDialog });
        }}
      >
        <p>{toDisable ? t('staff.disable.warning', { name: toDisable.name }) : t('staff.disable.warningAny')}</p>
      </ConfirmDialog>
    </>
  );
}
