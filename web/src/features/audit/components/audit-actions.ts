/**
 * What each recorded action means, for people reading the log. An action
 * missing here is still shown, by its code.
 */
export const auditActionLabels: Record<string, string> = {
  'setup.first_admin': 'First admin created',
  'auth.login': 'Signed in',
  'auth.login_failed': 'Failed sign-in',
  'auth.logout': 'Signed out',
  'auth.refresh_reuse': 'Reused session token refused',
  'staff.create': 'Staff member added',
  'staff.update': 'Staff member changed',
  'staff.disable': 'Staff member disabled',
  'staff.enable': 'Staff member enabled',
  'staff.password_link': 'Password link made',
  'staff.password_set': 'Password set',
  'holder.create': 'Young carer registered',
  'holder.read': 'Record viewed',
  'holder.search': 'Young carers searched',
  'holder.update': 'Details changed',
  'holder.photo_set': 'Photo set',
  'holder.photo_remove': 'Photo removed',
  'card.issue': 'Card issued',
  'card.suspend': 'Card suspended',
  'card.resume': 'Card resumed',
  'card.revoke': 'Card revoked',
  'card.reissue': 'Card reissued',
  'card.renew': 'Card renewed',
  'key.rotate': 'Signing key rotated',
  'key.withdraw': 'Signing key withdrawn',
  'partner.create': 'Partner added',
  'partner.update': 'Partner changed',
  'benefit.create': 'Benefit added',
  'benefit.update': 'Benefit changed',
  'partner_key.create': 'Partner API key created',
  'partner_key.revoke': 'Partner API key revoked',
  'invitation.create': 'Card sent (invitation)',
  'invitation.use': 'Invitation opened on a phone',
  'invitation.wrong_date_of_birth': 'Wrong date of birth entered',
  'invitation.locked': 'Invitation locked',
  'invitation.revoke': 'Invitation withdrawn',
  'device.sign_out': 'Phone signed out',
  'my_card.report_lost': 'Card reported lost by the young carer',
  'outbox.list': 'Outbox viewed',
  'outbox.read': 'Message opened',
  'outbox.retry': 'Email sent again',
  'outbox.handed_over': 'Message marked as passed on',
  'renewal.list': 'Expiring cards listed',
  'renewal.remind': 'Renewal reminders sent',
  'settings.reminders': 'Automatic reminders changed',
};

/**
 * Who did something when no staff member did: the young carer, from the
 * phone they opened an invitation on, or someone typing a code (perhaps not
 * them), or the server itself (scheduled reminders, say).
 */
export function unsignedActorLabel(event: { action: string; details: Record<string, unknown> }): string {
  switch (event.action) {
    case 'invitation.use':
    case 'my_card.report_lost':
      return 'Young carer (their phone)';
    case 'invitation.wrong_date_of_birth':
    case 'invitation.locked':
      return 'Someone with the code';
    case 'device.sign_out':
      return event.details.by === 'holder' ? 'Young carer (their phone)' : 'System';
    case 'card.suspend':
      return event.details.reason === 'reported_lost' ? 'Young carer (their phone)' : 'System';
    case 'card.pdf':
      return 'byHolderDevice' in event.details ? 'Young carer (their phone)' : 'System';
    default:
      return 'System';
  }
}

/** Suggestions for the action filter: every prefix group, then every known action. */
export const auditActionSuggestions: { value: string; label: string }[] = [
  ...[...new Set(Object.keys(auditActionLabels).map((action) => `${action.split('.')[0]}.`))].map((prefix) => ({
    value: prefix,
    label: `Every ${prefix.slice(0, -1)} action`,
  })),
  ...Object.entries(auditActionLabels).map(([value, label]) => ({ value, label })),
];
