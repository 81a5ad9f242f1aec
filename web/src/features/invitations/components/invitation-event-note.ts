import type { AuditEventView } from '../../../../../api/src/audit/schemas.ts';
import { translate as t } from '../../../i18n/start-i18n.ts';

/** For a young carer's history: what an invitation or phone event was ("By email", "3 wrong so far"). */
export function invitationEventNote(event: AuditEventView): string | undefined {
  const { details } = event;
  switch (event.action) {
    case 'invitation.create':
      return details.channel === 'email' ? t('invitations.eventNote.byEmail') : details.channel === 'print' ? t('invitations.eventNote.bySlip') : undefined;
    case 'invitation.wrong_date_of_birth':
      return typeof details.failedAttempts === 'number' ? t('invitations.eventNote.wrongSoFar', { count: details.failedAttempts }) : undefined;
    case 'invitation.locked':
      return typeof details.attempts === 'number' ? t('invitations.eventNote.lockedAfter', { count: details.attempts }) : undefined;
    case 'device.sign_out':
      return details.by === 'holder' ? t('invitations.eventNote.signedOutByPhone') : undefined;
    default:
      return undefined;
  }
}
