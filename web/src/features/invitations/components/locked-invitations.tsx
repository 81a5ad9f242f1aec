import { Link } from 'react-router';
import type { InvitationView } from '../../../../../api/src/invitations/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { channelLabel } from './invitation-labels.ts';
import { useTranslation } from '../../../i18n/use-translation.ts';

const SHOWN = 5;

/**
 * For "Needs attention": invitations locked after too many wrong dates of
 * birth. Someone may have been guessing; staff check with the young carer and
 * send a new one. Named by when and how it was sent, not by the child.
 */
export function LockedInvitations({ invitations }: { invitations: InvitationView[] }) {
  const { t, rich } = useTranslation();
  if (invitations.length === 0) return null;
  return (
    <div className="attention-group">
      <h3 className="attention-group__title">
        {t('invitations.locked.count', { count: invitations.length })}
      </h3>
      <p className="attention-group__hint">
        {t('invitations.locked.hint')}
      </p>
      <ul className="attention-list">
        {invitations.slice(0, SHOWN).map((invitation) => (
          <li key={invitation.id}>
            {rich('invitations.locked.sent', {
              channel: channelLabel[invitation.channel],
              sent: () => (
                <time key="sent" dateTime={invitation.createdAt}>
                  {formatDateTime(invitation.createdAt)}
                </time>
              ),
            })}
            {invitation.createdByEmail ? ` ${t('invitations.locked.by', { email: invitation.createdByEmail })}` : ''}
            {t('invitations.locked.locked')}{' '}
            {invitation.lockedAt ? <time dateTime={invitation.lockedAt}>{formatDateTime(invitation.lockedAt)}</time> : null} ·{' '}
            <Link to={paths.holders.detail.getHref(invitation.holderId)}>
              {t('invitations.locked.open')}<span className="visually-hidden"> {t('invitations.locked.openHidden', { when: formatDateTime(invitation.createdAt) })}</span>
            </Link>
          </li>
        ))}
      </ul>
      {invitations.length > SHOWN ? <p className="muted small">{t('invitations.locked.more', { more: invitations.length - SHOWN })}</p> : null}
    </div>
  );
}
