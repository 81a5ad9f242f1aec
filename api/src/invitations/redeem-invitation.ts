import { recordAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { Invitation } from '../generated/sqlite/client.ts';
import { newDeviceSession } from '../my-card/device-session-row.ts';
import { invitationLockedText } from '../outbox/message-texts.ts';
import { outboxRow } from '../outbox/outbox-row.ts';
import { parseInvitationCode } from './invitation-code.ts';
import { hashInvitationCode } from './invitation-code-hash.ts';
import { invitationStatus } from './invitation-view.ts';

/**
 * Opening an invitation: the code and the holder's date of birth. The right
 * answer gives this phone a device session for the holder's own card; each
 * wrong one counts, and INVITATION_MAX_ATTEMPTS of them lock the invitation
 * for good and alert the staff member who sent it.
 */
export async function redeemInvitation(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding'>,
  options: { context: AuditContext; code: string; dateOfBirth: string },
): Promise<{ token: string; expiresAt: Date; holderId: string }> {
  const { context, code, dateOfBirth } = options;
  const now = deps.clock();
  const { organisationName: organisation } = (await deps.branding.current()).view;
  const stored = parseInvitationCode(code);
  const invalid = new AppError('INVITATION_INVALID', `This code doesn't work. Check it is typed as written, or ask ${organisation} for a new one.`, { field: 'code' });
  if (!stored) throw invalid;
  const invitation = await deps.db.invitation.findUnique({ where: { codeHash: hashInvitationCode(stored) }, include: { holder: true } });
  if (!invitation) throw invalid;
  refuseUnusable(invitation, now, organisation, invalid);

  if (invitation.holder.dateOfBirth !== dateOfBirth) {
    await countWrongAnswer(deps, context, invitation, now);
  }

  const { token, row } = newDeviceSession({ holderId: invitation.holderId, invitationId: invitation.id, now, days: deps.config.invitations.deviceSessionDays });
  const [used] = await deps.db.$transaction([
    deps.db.invitation.updateMany({
      where: { id: invitation.id, revokedAt: null, lockedAt: null, expiresAt: { gt: now } },
      data: { uses: { increment: 1 }, lastUsedAt: now },
    }),
    deps.db.deviceSession.create({ data: row }),
  ]);
  if (used.count !== 1) {
    // Withdrawn or locked in the instant between the check and now: take the session back.
    await deps.db.deviceSession.update({ where: { id: row.id }, data: { revokedAt: now } });
    throw invalid;
  }
  await recordAuditEvent(deps, context, {
    action: 'invitation.use',
    entityType: 'holder',
    entityId: invitation.holderId,
    details: { invitationId: invitation.id, deviceId: row.id },
  });
  return { token, expiresAt: row.expiresAt, holderId: invitation.holderId };
}

function refuseUnusable(invitation: Invitation, now: Date, organisation: string, invalid: AppError): void {
  const status = invitationStatus(invitation, now);
  if (status === 'revoked') throw invalid;
  if (status === 'locked') {
    throw new AppError('INVITATION_LOCKED', `This invitation is locked after too many wrong dates of birth. Ask ${organisation} to send you a new one.`, { field: 'code' });
  }
  if (status === 'expired') throw new AppError('INVITATION_EXPIRED', `This invitation has run out. Ask ${organisation} to send you a new one.`, { field: 'code' });
}

async function countWrongAnswer(deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding'>, context: AuditContext, invitation: Invitation, now: Date): Promise<never> {
  const { db } = deps;
  const max = deps.config.invitations.maxAttempts;
  await db.invitation.updateMany({ where: { id: invitation.id, lockedAt: null }, data: { failedAttempts: { increment: 1 } } });
  const { failedAttempts } = await db.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { failedAttempts: true } });
  await recordAuditEvent(deps, context, {
    action: 'invitation.wrong_date_of_birth',
    entityType: 'holder',
    entityId: invitation.holderId,
    details: { invitationId: invitation.id, failedAttempts },
  });
  if (failedAttempts < max) {
    const left = max - failedAttempts;
    throw new AppError('DATE_OF_BIRTH_MISMATCH', `That date of birth doesn't match. ${left} ${left === 1 ? 'try' : 'tries'} left.`, { field: 'dateOfBirth' });
  }
  const locked = await db.invitation.updateMany({ where: { id: invitation.id, lockedAt: null }, data: { lockedAt: now } });
  if (locked.count === 1) await alertSender(deps, context, invitation, failedAttempts);
  const { organisationName: organisation } = (await deps.branding.current()).view;
  throw new AppError('INVITATION_LOCKED', `That date of birth doesn't match, and this invitation is now locked. Ask ${organisation} to send you a new one.`, { field: 'dateOfBirth' });
}

/** Staff see a locked invitation in the app; with email set up, the person who sent it also gets an email (no names in it). */
async function alertSender(deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding'>, context: AuditContext, invitation: Invitation, attempts: number): Promise<void> {
  await recordAuditEvent(deps, context, { action: 'invitation.locked', entityType: 'holder', entityId: invitation.holderId, details: { invitationId: invitation.id, attempts } });
  if (!deps.config.mail.smtpUrl || !invitation.createdById) return;
  const sender = await deps.db.staff.findUnique({ where: { id: invitation.createdById }, select: { email: true, disabledAt: true } });
  if (!sender || sender.disabledAt) return;
  const { organisationName } = (await deps.branding.current()).view;
  await deps.db.outboxMessage.create({
    data: outboxRow(deps, {
      kind: 'invitation_locked',
      channel: 'email',
      to: sender.email,
      text: invitationLockedText({ organisationName, holderLink: `${deps.config.publicUrl}/holders/${invitation.holderId}`, attempts }),
      holderId: invitation.holderId,
      invitationId: invitation.id,
    }),
  });
}
