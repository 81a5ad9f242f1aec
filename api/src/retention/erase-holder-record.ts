import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { Tx } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { eraseReferralsOfHolder } from '../referrals/erase-referral.ts';
import type { ErasureCounts } from './schemas.ts';

/** Why a record was erased: the retention job, or an admin from the holder's page. */
export type ErasureTrigger = 'retention' | 'admin';

export type ErasedRecord = { erasedAt: Date; counts: ErasureCounts; photoFile: string | null };

/** A status reason of its own, so staff lists can tell an erased card from one revoked by hand. */
export const ERASED_CARD_REASON = 'erased';

const PENDING_MESSAGE_STATUSES = ['queued', 'sending', 'failed', 'manual'];

/**
 * Erases one young carer's record inside `tx`, with its audit event: every
 * personal field blanked or nulled (the row stays as a tombstone: id,
 * createdAt, erasedAt), their cards kept as rows without the signed token
 * (which prints their name), with only the year of issue for both dates
 * (an expiry can be the day before the 18th birthday), and revoked, so the
 * status-list bit stays set
 * and verify answers not_valid exactly as for a revoked card; their
 * invitations, phone sign-ins and renewal reminders deleted; their outbox
 * messages emptied (and withdrawn when not sent yet); the referral that made
 * the record erased too. The audit event holds
 * the holder id and counts only.
 *
 * Conditional on the record not being erased yet (and, for the job, not
 * changed since it was found due), so of two erasures at once exactly one
 * happens and records one event; the other gets null. The photo file is the
 * caller's to delete, after commit.
 */
export async function eraseHolderRecord(
  tx: Tx,
  deps: Pick<AppDeps, 'clock' | 'auditSigner'>,
  context: AuditContext,
  options: { holderId: string; trigger: ErasureTrigger; unchangedSince?: Date },
): Promise<ErasedRecord | null> {
  const { holderId: id, trigger, unchangedSince } = options;
  const at = deps.clock();
  let photoFile: string | null = null;
  for (let attempt = 1; ; attempt++) {
    const holder = await tx.holder.findUnique({ where: { id }, select: { photoFile: true, erasedAt: true, updatedAt: true } });
    if (!holder || holder.erasedAt) return null;
    if (unchangedSince && holder.updatedAt.getTime() !== unchangedSince.getTime()) return null;
    photoFile = holder.photoFile;
    const { count } = await tx.holder.updateMany({
      where: { id, erasedAt: null, photoFile, ...(unchangedSince ? { updatedAt: unchangedSince } : {}) },
      data: {
        givenName: '',
        familyName: '',
        preferredName: null,
        dateOfBirth: '',
        photoFile: null,
        contactEmail: null,
        contactPhone: null,
        consentBy: '',
        consentAt: at,
        consentMethod: '',
        reference: null,
        notes: null,
        caringNote: null,
        searchText: '',
        openDataRequests: 0,
        erasedAt: at,
        updatedAt: at,
      },
    });
    if (count === 1) break;
    // Someone erased it, changed it or swapped the photo first: look again (PostgreSQL now sees what they committed).
    if (attempt >= 5) return null;
  }

  const cards = await tx.card.findMany({ where: { holderId: id }, select: { id: true, status: true, issuedAt: true } });
  for (const card of cards) {
    // A card's expiry can be the day before the 18th birthday: only the year of issue is kept, for both dates.
    const issueYear = new Date(Date.UTC(card.issuedAt.getUTCFullYear(), 0, 1));
    await tx.card.update({
      where: { id: card.id },
      data: {
        token: '',
        issuedAt: issueYear,
        expiresAt: issueYear,
        statusChangedAt: at,
        ...(card.status === 'revoked' ? {} : { status: 'revoked', statusReason: ERASED_CARD_REASON }),
      },
    });
  }
  const invitations = await tx.invitation.deleteMany({ where: { holderId: id } });
  const devices = await tx.deviceSession.deleteMany({ where: { holderId: id } });
  const reminders = await tx.renewalReminder.deleteMany({ where: { holderId: id } });
  // Their own requests (a correction in their words, an erasure request) go too: the erasure answers them.
  const requests = await tx.dataRequest.deleteMany({ where: { holderId: id } });
  // Their wish to take part in co-production (how to contact them) goes too. Their answers and suggestions were never linked to them.
  const takePart = await tx.takePartInterest.deleteMany({ where: { holderId: id } });
  await tx.outboxMessage.updateMany({ where: { holderId: id, status: { in: PENDING_MESSAGE_STATUSES } }, data: { status: 'withdrawn', nextAttemptAt: null, claimedAt: null } });
  const messages = await tx.outboxMessage.updateMany({
    where: { holderId: id },
    data: { toAddress: null, subject: '', textBody: '', htmlBody: null, lastError: null, updatedAt: at },
  });
  // The referral that made the record, if any (who referred them, and the outcome email).
  await eraseReferralsOfHolder(tx, { holderId: id, at });
  const counts: ErasureCounts = {
    cards: cards.length,
    invitations: invitations.count,
    devices: devices.count,
    messages: messages.count,
    reminders: reminders.count,
    requests: requests.count,
    takePart: takePart.count,
    photo: photoFile !== null,
  };
  await appendAuditEvent(tx, deps, context, { action: 'holder.erase', entityType: 'holder', entityId: id, details: { trigger, ...counts } });
  return { erasedAt: at, counts, photoFile };
}
