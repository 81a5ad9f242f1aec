import type { InvitationStatus } from '../../../../../api/src/invitations/schemas.ts';
import type { MessageChannel } from '../../../../../api/src/outbox/schemas.ts';

/** An invitation's status in words; the badge class is `badge--invitation-<status>`. */
export const invitationStatusLabel: Record<InvitationStatus, string> = {
  active: 'Active',
  used: 'Used',
  expired: 'Expired',
  revoked: 'Withdrawn',
  locked: 'Locked',
};

export const invitationStatusDescription: Record<InvitationStatus, string> = {
  active: 'The link and code work, once: they open the card on one phone',
  used: 'Opened the card on a phone; a code works once, so send a new one for another phone',
  expired: 'Past its last day: send a new one if needed',
  revoked: 'Withdrawn by staff: the link and code no longer work',
  locked: 'Locked after too many wrong dates of birth',
};

export const channelLabel: Record<MessageChannel, string> = {
  email: 'Email',
  print: 'Printed slip',
};
