import type { MessageKind } from '../../../../../api/src/outbox/schemas.ts';

export const messageKindLabel: Record<MessageKind, string> = {
  card_invitation: 'Card invitation',
  renewal_reminder: 'Renewal reminder',
  invitation_locked: 'Locked invitation alert (to staff)',
  referral_outcome: 'Referral outcome (to whoever referred)',
  partner_link: 'Partner setup link (to a shop)',
};
