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
 * answer gives this phone a device session for the holder's own card, and
 * uses the code up: a code opens one phone, once. Each wrong answer counts,
 * and INVITATION_MAX_ATTEMPTS of them lock the invitation for good and alert
 * the staff member who sent it.
 *
 * However many tries arrive at once, no more than the limit are ever
 * compared: each try first takes one of the limit's checks with a single
 * conditional UPDATE (`checkedAttempts` below the limit, and the invitation
 * still open), and only a try that got one compares the date. The others are
 * told the invitation is locked, used or busy (429, try again in a minute:
 * the checks taken are still being answered), whatever date they carry, so
 * no answer in a burst depends on the date unless it was checked.
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
  await takeCheck(deps, invitation.id, now, organisation, invalid);

  let settled = false;
  try {
    if (invitation.holder.dateOfBirth !== dateOfBirth) {
      const failedAttempts = await countWrongAnswer(deps, context, invitation, now, organisation);
      settled = true;
      throw wrongAnswer(failedAttempts, deps.config.invitations.maxAttempts, organisation);
    }
    const { token, row } = newDeviceSession({ holderId: invitation.holderId, invitationId: invitation.id, now, days: deps.config.invitations.deviceSessionDays });
    const opened = await inTransaction(deps.db, async (tx) => {
      const updated = await tx.invitation.updateMany({
        where: { id: invitation.id, uses: 0, revokedAt: null, lockedAt: null, expiresAt: { gt: now } },
        data: { uses: 1, lastUsedAt: now },
      });
      // Withdrawn, or opened by another try with the right date, in the instant since the check was taken: no session.
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
    settled = true;
    if (!opened) {
      const current = await deps.db.invitation.findUnique({ where: { id: invitation.id } });
      if (current) refuseUnusable(current, now, organisation, invalid);
      throw invalid;
    }
    return { token, expiresAt: row.expiresAt, holderId: invitation.holderId };
  } finally {
    // The check was taken but neither answer was saved (the database went away): give it back.
    if (!settled) {
      await deps.db.invitation.updateMany({ where: { id: invitation.id, checkedAttempts: { gt: 0 } }, data: { checkedAttempts: { decrement: 1 } } }).catch(() => undefined);
    }
  }
}

/** Takes one of the invitation's checks, or throws why there is none to take. */
async function takeCheck(deps: Pick<AppDeps, 'db' | 'config'>, invitationId: string, now: Date, organisation: string, invalid: AppError): Promise<void> {
  const taken = await deps.db.invitation.updateMany({
    where: { id: invitationId, checkedAttempts: { lt: deps.config.invitations.maxAttempts }, uses: 0, revokedAt: null, lockedAt: null, expiresAt: { gt: now } },
    data: { checkedAttempts: { increment: 1 } },
  });
  if (taken.count === 1) return;
  const current = await deps.db.invitation.findUnique({ where: { id: invitationId } });
  if (!current) throw invalid;
  refuseUnusable(current, now, organisation, invalid);
  // Every check is taken by a try still being answered: one of them locks or opens it within moments.
  throw new AppError('TOO_MANY_REQUESTS', 'Too many tries with this code at once. Wait a minute and try again.', { field: 'code', retryAfter: 60 });
}

function refuseUnusable(invitation: Invitation, now: Date, organisation: string, invalid: AppError): void {
  const status = invitationStatus(invitation, now);
  if (status === 'revoked') throw invalid;
  if (status === 'locked') {
    throw new AppError('INVITATION_LOCKED', `This invitation is locked after too many wrong dates of birth. Ask ${organisation} to send you a new one.`, { field: 'code' });
  }
  if (status === 'used') {
    throw new AppError('INVITATION_USED', `This code has already opened a card on a phone, and works only once. To see your card on another phone, ask ${organisation} for a new code.`, { field: 'code' });
  }
  if (status === 'expired') throw new AppError('INVITATION_EXPIRED', `This invitation has run out. Ask ${organisation} to send you a new one.`, { field: 'code' });
}

function wrongAnswer(failedAttempts: number, max: number, organisation: string): AppError {
  if (failedAttempts < max) {
    const left = max - failedAttempts;
    return new AppError('DATE_OF_BIRTH_MISMATCH', `That date of birth doesn't match. ${left} ${left === 1 ? 'try' : 'tries'} left.`, { field: 'dateOfBirth' });
  }
  return new AppError('INVITATION_LOCKED', `That date of birth doesn't match, and this invitation is now locked. Ask ${organisation} to send you a new one.`, { field: 'dateOfBirth' });
}

/**
 * One wrong answer: counted, and on reaching the limit the invitation locked,
 * in one transaction with its events and the alert, so a crash cannot leave a
 * lock without its alert or an attempt without its event. Only tries that
 * took a check get here, so the count never passes the limit, and once it
 * reaches it no other try is still being checked.
 */
async function countWrongAnswer(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner'>,
  context: AuditContext,
  invitation: Invitation,
  now: Date,
  organisation: string,
): Promise<number> {
  const max = deps.config.invitations.maxAttempts;
  return inTransaction(deps.db, async (tx) => {
    await tx.invitation.updateMany({ where: { id: invitation.id }, data: { failedAttempts: { increment: 1 } } });
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
