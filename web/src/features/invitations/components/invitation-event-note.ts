import type { AuditEventView } from '../../../../../api/src/audit/schemas.ts';

/** For a young carer's history: what an invitation or phone event was ("By email", "3 wrong so far"). */
export function invitationEventNote(event: AuditEventView): string | undefined {
  const { details } = event;
  switch (event.action) {
    case 'invitation.create':
      return details.channel === 'email' ? 'By email' : details.channel === 'print' ? 'As a printed slip' : undefined;
    case 'invitation.wrong_date_of_birth':
      return typeof details.failedAttempts === 'number' ? `${details.failedAttempts} wrong so far` : undefined;
    case 'invitation.locked':
      return typeof details.attempts === 'number' ? `After ${details.attempts} wrong dates of birth` : undefined;
    case 'device.sign_out':
      return details.by === 'holder' ? 'Signed out from the phone itself' : undefined;
    default:
      return undefined;
  }
}
