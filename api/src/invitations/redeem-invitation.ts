import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction, type Tx } from '../db/transaction.ts';
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
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding' | 'auditSigner'>,
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
    await countWrongAnswer(deps, context, invitation, now, organisation);
  }

  const { token, row } = newDeviceSession({ holderId: invitation.holderId, invitationId: invitation.id, now, days: deps.config.invitations.deviceSessionDays });
  const used = await inTransaction(deps.db, async (tx) => {
    const updated = await tx.invitation.updateMany({
      where: { id: invitation.id, revokedAt: null, lockedAt: null, expiresAt: { gt: now } },
      data: { uses: { increment: 1 }, lastUsedAt: now },
    });
    // Withdrawn or locked in the instant between the check and now: no session.
    if (updated.count !== 1) return false;
    await tx.deviceSession.create({ data: row });
    await appendAuditEvent(tx, deps, context, {
      action: 'invitation.use',
      entityType: 'holder',
      entityId: invitation.holderId,
      details: { invitationId: invitation.id, deviceId: row.id },
    });
    return true;
  });
  if (!used) throw invalid;
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

/**
 * One wrong answer: counted, and on reaching the limit the invitation locked,
 * in one transaction with its events and the alert, so the count is exact
 * under parallel guesses (each increment is a single statement) and a crash
 * cannot leave a lock without its alert or an attempt without its event.
 */
async function countWrongAnswer(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner'>,
  context: AuditContext,
  invitation: Invitation,
  now: Date,
  organisation: string,
): Promise<never> {
  const max = deps.config.invitations.maxAttempts;
  const failedAttempts = await inTransaction(deps.db, async (tx) => {
    await tx.invitation.updateMany({ where: { id: invitation.id, lockedAt: null }, data: { failedAttempts: { increment: 1 } } });
    const { failedAttempts: count } = await tx.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { failedAttempts: true } });
    const locked = count >= max && (await tx.invitation.updateMany({ where: { id: invitation.id, lockedAt: null }, data: { lockedAt: now } })).count === 1;
    if (locked) await queueSenderAlert(tx, deps, invitation, count, organisation);
    await appendAuditEvent(tx, deps, context, {
      action: 'invitation.wrong_date_of_birth',
      entityType: 'holder',
      entityId: invitation.holderId,
      details: { invitationId: invitation.id, failedAttempts: count },
    });
    if (locked) {
      await appendAuditEvent(tx, deps, context, { action: 'invitation.locked', entityType: 'holder', entityId: invitation.holderId, details: { invitationId: invitation.id, attempts: count } });
    }
    return count;
  });
  if (failedAttempts < max) {
    const left = max - failedAttempts;
    throw new AppError('DATE_OF_BIRTH_MISMATCH', `That date of birth doesn't match. ${left} ${left === 1 ? 'try' : 'tries'} left.`, { field: 'dateOfBirth' });
  }
  throw new AppError('INVITATION_LOCKED', `That date of birth doesn't match, and this invitation is now locked. Ask ${organisation} to send you a new one.`, { field: 'dateOfBirth' });
}

/** Staff see a locked invitation in the app; with email set up, the person who sent it also gets an email (no names in it). */
async function queueSenderAlert(tx: Tx, deps: Pick<AppDeps, 'config' | 'clock'>, invitation: Invitation, attempts: number, organisationName: string): Promise<void> {
  if (!deps.config.mail.smtpUrl || !invitation.createdById) return;
  const sender = await tx.staff.findUnique({ where: { id: invitation.createdById }, select: { email: true, disabledAt: true } });
  if (!sender || sender.disabledAt) return;
  await tx.outboxMessage.create({
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
