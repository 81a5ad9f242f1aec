import type { InvitationStatus } from '../../../../../api/src/invitations/schemas.ts';
import { invitationStatusDescription, invitationStatusLabel } from './invitation-labels.ts';

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  return (
    <span className={`badge badge--invitation-${status}`} title={invitationStatusDescription[status]}>
      {invitationStatusLabel[status]}
    </span>
  );
}
