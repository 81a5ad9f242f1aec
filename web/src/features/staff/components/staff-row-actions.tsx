import type { PasswordLink, StaffUser } from '../../../../../api/src/staff/schemas.ts';
import { useCreatePasswordLink } from '../api/create-password-link.ts';
import { useEnableStaff } from '../api/enable-staff.ts';
import { useUpdateStaff } from '../api/update-staff.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

/** What failed, as a key of `staff.rowErrors` ("Could not enable Sam Lee"). */
export type RowAction = 'role' | 'link' | 'enable';

export type RowActionError = { user: StaffUser; action: RowAction; error: Error };

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
  const { t } = useTranslation();
  const updateStaff = useUpdateStaff();
  const enableStaff = useEnableStaff();
  const createLink = useCreatePasswordLink();
  const busy = updateStaff.isPending || enableStaff.isPending || createLink.isPending;
  const otherRole = user.role === 'admin' ? 'staff' : 'admin';
  const whose = <span className="visually-hidden"> {user.name}</span>;

  const fail = (action: RowAction) => (error: Error) => onError({ user, action, error });

  return (
    <div className="row-actions">
      {user.status !== 'disabled' ? (
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={busy}
          onClick={() => {
            onError(null);
            updateStaff.mutate({ id: user.id, role: otherRole }, { onError: fail('role') });
          }}
        >
          {t(`staff.actions.make.${otherRole}`)}
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
              onError: fail('link'),
            });
          }}
        >
          {createLink.isPending ? t('staff.actions.makingLink') : t('staff.actions.newLink')}
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
          {t('staff.actions.resetMfa')}
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
          {enableStaff.isPending ? t('staff.actions.enabling') : t('staff.actions.enable')}
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
          {t('staff.actions.disable')}
          {whose}
        </button>
      )}
    </div>
  );
}
