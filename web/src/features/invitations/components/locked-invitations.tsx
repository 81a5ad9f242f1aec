import { Link } from 'react-router';
import type { InvitationView } from '../../../../../api/src/invitations/schemas.ts';
import { paths } from '../../../config/paths.ts';
import { formatDateTime } from '../../../lib/format-date.ts';
import { channelLabel } from './invitation-labels.ts';

const SHOWN = 5;

/**
 * For "Needs attention": invitations locked after too many wrong dates of
 * birth. Someone may have been guessing; staff check with the young carer and
 * send a new one. Named by when and how it was sent, not by the child.
 */
export function LockedInvitations({ invitations }: { invitations: InvitationView[] }) {
  if (invitations.length === 0) return null;
  return (
    <div className="attention-group">
      <h3 className="attention-group__title">
        {invitations.length === 1 ? '1 locked invitation' : `${invitations.length} locked invitations`}
      </h3>
      <p className="attention-group__hint">
        Too many wrong dates of birth were entered. Check with the young carer and send a new invitation if needed; withdraw the locked one to clear it from here.
      </p>
      <ul className="attention-list">
        {invitations.slice(0, SHOWN).map((invitation) => (
          <li key={invitation.id}>
            {channelLabel[invitation.channel]} sent <time dateTime={invitation.createdAt}>{formatDateTime(invitation.createdAt)}</time>
            {invitation.createdByEmail ? ` by ${invitation.createdByEmail}` : ''}, locked{' '}
            {invitation.lockedAt ? <time dateTime={invitation.lockedAt}>{formatDateTime(invitation.lockedAt)}</time> : null} ·{' '}
            <Link to={paths.holders.detail.getHref(invitation.holderId)}>
              Open the young carer’s record<span className="visually-hidden"> (invitation sent {formatDateTime(invitation.createdAt)})</span>
            </Link>
          </li>
        ))}
      </ul>
      {invitations.length > SHOWN ? <p className="muted small">And {invitations.length - SHOWN} more.</p> : null}
    </div>
  );
}
