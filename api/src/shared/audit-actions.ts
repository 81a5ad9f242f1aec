/**
 * Every action code the server records, in words: which group it belongs to
 * and a sentence with `{actor}` (who did it) and `{subject}` (the record it
 * was done to). The one place an action is described: the API's English
 * (sentences in audit answers and CSV exports, the group filter). The staff
 * app shows each action in the page's language from its catalogues
 * (`audit.actions.<code>` in web/src/locales/*.json). tests/unit/audit-actions.test.ts
 * fails when code records an action that is missing here or from any
 * catalogue, and when the English catalogue says it differently.
 */
export const AUDIT_GROUPS = {
  sign_in: 'Sign-in and sessions',
  staff: 'Staff accounts',
  young_carers: 'Young carers',
  cards: 'Cards',
  messages: 'Invitations and messages',
  partners: 'Partners and benefits',
  referrals: 'Referrals',
  co_production: 'Have your say',
  data_requests: 'Data requests and exports',
  imports: 'Imports',
  settings: 'Settings, keys and audit',
} as const;

export type AuditGroup = keyof typeof AUDIT_GROUPS;

export type AuditActionDescription = {
  group: AuditGroup;
  /** Short label for lists and filters. */
  label: string;
  /** `{actor}` and `{subject}` are filled in; a sentence without `{subject}` names no record. */
  sentence: string;
};

const a = (group: AuditGroup, label: string, sentence: string): AuditActionDescription => ({ group, label, sentence });

export const AUDIT_ACTIONS: Record<string, AuditActionDescription> = {
  'setup.first_admin': a('sign_in', 'First admin created', '{actor} created the first admin account, {subject}'),
  'auth.login': a('sign_in', 'Signed in', '{actor} signed in'),
  'auth.login_failed': a('sign_in', 'Failed sign-in', '{actor} failed to sign in'),
  'auth.logout': a('sign_in', 'Signed out', '{actor} signed out'),
  'auth.mfa_enrol': a('sign_in', 'Two-step sign-in set up', '{actor} set up two-step sign-in for {subject}'),
  'auth.mfa_disable': a('sign_in', 'Two-step sign-in turned off', '{actor} turned off two-step sign-in for {subject}'),
  'auth.mfa_failed': a('sign_in', 'Wrong sign-in code', '{actor} entered a wrong two-step code for {subject}'),
  'auth.mfa_recovery_code_used': a('sign_in', 'Recovery code used', '{actor} signed in with a recovery code for {subject}'),
  'auth.passkey_add': a('sign_in', 'Passkey added', '{actor} added a passkey to {subject}'),
  'auth.passkey_remove': a('sign_in', 'Passkey removed', '{actor} removed a passkey from {subject}'),
  'auth.refresh_reuse': a('sign_in', 'Reused session token refused', '{actor} tried an old session token of {subject}, and was refused'),
  'auth.session_end': a('sign_in', 'Session ended', '{actor} ended a session of {subject}'),
  'auth.sign_out_everywhere': a('sign_in', 'Signed out everywhere', '{actor} signed {subject} out everywhere'),

  'staff.create': a('staff', 'Staff member added', '{actor} added the staff account {subject}'),
  'staff.update': a('staff', 'Staff member changed', '{actor} changed the staff account {subject}'),
  'staff.disable': a('staff', 'Staff member disabled', '{actor} disabled the staff account {subject}'),
  'staff.enable': a('staff', 'Staff member enabled', '{actor} enabled the staff account {subject}'),
  'staff.mfa_reset': a('staff', 'Two-step sign-in reset', '{actor} reset two-step sign-in for {subject}'),
  'staff.password_link': a('staff', 'Password link made', '{actor} made a set-password link for {subject}'),
  'staff.password_set': a('staff', 'Password set', '{actor} set the password of {subject}'),
  'staff.password_change': a('staff', 'Own password changed', '{actor} changed the password of {subject}'),
  'staff.password_change_failed': a('staff', 'Wrong current password', '{actor} gave a wrong current password while changing the password of {subject}'),

  'holder.create': a('young_carers', 'Young carer registered', '{actor} registered {subject}'),
  'holder.read': a('young_carers', 'Record viewed', '{actor} viewed the record of {subject}'),
  'holder.search': a('young_carers', 'Young carers searched', '{actor} searched the young carers'),
  'holder.update': a('young_carers', 'Details changed', '{actor} changed the details of {subject}'),
  'holder.photo_set': a('young_carers', 'Photo set', '{actor} set the photo of {subject}'),
  'holder.photo_remove': a('young_carers', 'Photo removed', '{actor} removed the photo of {subject}'),
  'holder.erase': a('young_carers', 'Record erased', '{actor} erased {subject}'),
  'device.sign_out': a('young_carers', 'Phone signed out', '{actor} signed a phone of {subject} out'),
  'my_data.read': a('data_requests', 'Own data viewed', '{actor} viewed what is kept about {subject}'),
  'my_card.report_lost': a('cards', 'Card reported lost', '{actor} reported {subject} lost'),

  'card.issue': a('cards', 'Card issued', '{actor} issued {subject}'),
  'card.pdf': a('cards', 'Card PDF downloaded', '{actor} downloaded the card PDF of {subject}'),
  'card.suspend': a('cards', 'Card suspended', '{actor} suspended {subject}'),
  'card.resume': a('cards', 'Card resumed', '{actor} resumed {subject}'),
  'card.revoke': a('cards', 'Card revoked', '{actor} revoked {subject}'),
  'card.reissue': a('cards', 'Card reissued', '{actor} reissued a card as {subject}'),
  'card.renew': a('cards', 'Card renewed', '{actor} renewed a card as {subject}'),
  'card.template': a('cards', 'Card design changed', '{actor} changed the design of {subject}'),
  'print_sheet.create': a('cards', 'Print sheet made', '{actor} made a print sheet of cards'),
  'renewal.list': a('cards', 'Expiring cards listed', '{actor} listed the cards running out'),
  'renewal.remind': a('cards', 'Renewal reminder sent', '{actor} sent a renewal reminder about {subject}'),

  'invitation.create': a('messages', 'Card sent (invitation)', '{actor} sent a card invitation to {subject}'),
  'invitation.use': a('messages', 'Invitation opened on a phone', '{actor} opened the card invitation of {subject}'),
  'invitation.wrong_date_of_birth': a('messages', 'Wrong date of birth entered', '{actor} entered a wrong date of birth for the invitation of {subject}'),
  'invitation.locked': a('messages', 'Invitation locked', 'The invitation of {subject} was locked after wrong answers ({actor})'),
  'invitation.revoke': a('messages', 'Invitation withdrawn', '{actor} withdrew the card invitation of {subject}'),
  'outbox.list': a('messages', 'Outbox viewed', '{actor} viewed the outbox'),
  'outbox.read': a('messages', 'Message opened', '{actor} opened {subject}'),
  'outbox.retry': a('messages', 'Email sent again', '{actor} sent {subject} again'),
  'outbox.handed_over': a('messages', 'Message marked as passed on', '{actor} marked {subject} as passed on'),

  'partner.create': a('partners', 'Partner added', '{actor} added the partner {subject}'),
  'partner.update': a('partners', 'Partner changed', '{actor} changed the partner {subject}'),
  'partner.setup_sheet': a('partners', 'Setup sheet downloaded', '{actor} downloaded the setup sheet of {subject}'),
  'partner.send_link': a('partners', 'Partner link emailed', '{actor} emailed the partner link to {subject}'),
  'benefit.create': a('partners', 'Benefit added', '{actor} added the benefit {subject}'),
  'benefit.update': a('partners', 'Benefit changed', '{actor} changed the benefit {subject}'),
  'partner_key.create': a('partners', 'Partner API key created', '{actor} created an API key for {subject}'),
  'partner_key.revoke': a('partners', 'Partner API key revoked', '{actor} revoked an API key of {subject}'),

  'referral.submit': a('referrals', 'Referral received', '{actor} sent in {subject}'),
  'referral.view': a('referrals', 'Referral viewed', '{actor} viewed {subject}'),
  'referral.accept': a('referrals', 'Referral accepted', '{actor} accepted {subject}'),
  'referral.decline': a('referrals', 'Referral declined', '{actor} declined {subject}'),
  'referral.withdraw': a('referrals', 'Referral withdrawn', '{actor} marked {subject} as withdrawn'),
  'referral.erase': a('referrals', 'Referral erased', '{actor} erased {subject}'),

  'consultation.create': a('co_production', 'Question created', '{actor} created {subject}'),
  'consultation.answer_entered': a('co_production', 'Answer entered for a young carer', '{actor} entered an answer given to staff for {subject}'),
  'suggestion.publish': a('co_production', 'Suggestion published', '{actor} published {subject}'),
  'suggestion.decline': a('co_production', 'Suggestion declined', '{actor} declined {subject}'),
  'outcome.create': a('co_production', 'You said, we did: entry written', '{actor} wrote {subject}'),
  'outcome.update': a('co_production', 'You said, we did: entry changed', '{actor} changed {subject}'),
  'take_part.register': a('co_production', 'Wish to take part noted', '{actor} noted that {subject} would like to take part'),
  'take_part.followed_up': a('co_production', 'Wish to take part followed up', '{actor} followed up the wish of {subject} to take part'),
  'co_production.erase': a('co_production', 'Old answers and suggestions erased', '{actor} erased answers and suggestions past their keeping time'),
  'settings.co_production': a('settings', 'Have your say settings changed', '{actor} changed how long answers and suggestions are kept'),
  'settings.referrals': a('referrals', 'Referral settings changed', '{actor} changed how long decided referrals are kept'),

  'data_request.create': a('data_requests', 'Data request made', '{actor} made a correction or erasure request for {subject}'),
  'data_request.done': a('data_requests', 'Data request done', '{actor} marked a data request of {subject} done'),
  'data_request.declined': a('data_requests', 'Data request declined', '{actor} declined a data request of {subject}'),
  'holder.export': a('data_requests', 'Whole record exported', '{actor} exported the whole record of {subject}'),
  'export.holders': a('data_requests', 'Young carers exported (CSV)', '{actor} exported every young carer as CSV'),
  'export.cards': a('data_requests', 'Cards exported (CSV)', '{actor} exported every card as CSV'),
  'report.csv': a('data_requests', 'Report exported (CSV)', '{actor} exported the dashboard report as CSV'),
  'report.pdf': a('data_requests', 'Report exported (PDF)', '{actor} exported the dashboard report as PDF'),
  'retention.list': a('data_requests', 'Records due for erasure listed', '{actor} listed the records due for erasure'),

  'import.upload': a('imports', 'CSV uploaded', '{actor} uploaded {subject}'),
  'import.start': a('imports', 'Import started', '{actor} started {subject}'),
  'import.rows': a('imports', 'Import rows written', '{actor} wrote a batch of rows of {subject}'),
  'import.finish': a('imports', 'Import finished', '{actor} finished {subject}'),
  'import.cards.start': a('imports', 'Cards for an import started', '{actor} started issuing cards for everyone in {subject}'),
  'import.cards.finish': a('imports', 'Cards for an import finished', '{actor} finished issuing cards for everyone in {subject}'),
  'import.erase': a('imports', 'Import file erased', '{actor} erased the file of {subject}'),

  'branding.update': a('settings', 'Organisation details changed', '{actor} changed the organisation name, helpline or colours'),
  'branding.logo_set': a('settings', 'Logo set', '{actor} set the logo'),
  'branding.logo_remove': a('settings', 'Logo removed', '{actor} removed the logo'),
  'settings.reminders': a('settings', 'Automatic reminders changed', '{actor} changed the automatic renewal reminders'),
  'settings.retention': a('settings', 'Retention changed', '{actor} changed how long records are kept'),
  'settings.mfa_required': a('settings', 'Two-step sign-in rule changed', '{actor} changed whether two-step sign-in is required'),
  'key.rotate': a('settings', 'Signing key rotated', '{actor} rotated the card signing key'),
  'key.withdraw': a('settings', 'Signing key withdrawn', '{actor} withdrew {subject}'),
  'audit.checkpoints_download': a('settings', 'Audit checkpoints downloaded', '{actor} downloaded the audit checkpoints'),
};

/** The action codes of a group, for the filter. */
export function actionsInGroup(group: AuditGroup): string[] {
  return Object.entries(AUDIT_ACTIONS)
    .filter(([, description]) => description.group === group)
    .map(([code]) => code);
}

/** An action recorded by an older version and no longer known: still shown, by its code. */
export function describeAction(code: string): AuditActionDescription {
  return AUDIT_ACTIONS[code] ?? { group: 'settings', label: code, sentence: `{actor} did ${code} to {subject}` };
}
