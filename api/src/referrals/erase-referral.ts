import type { Tx } from '../db/transaction.ts';

const PENDING_MESSAGE_STATUSES = ['queued', 'sending', 'failed', 'manual'];

/** Every personal field of a referral blanked or nulled: the row stays as a tombstone (reference, status, role, consent kind, dates, holder id). */
export const BLANK_REFERRAL = {
  givenName: '',
  familyName: '',
  preferredName: null,
  dateOfBirth: '',
  contactEmail: null,
  contactPhone: null,
  school: null,
  area: null,
  referrerName: '',
  referrerOrganisation: null,
  referrerEmail: null,
  referrerPhone: null,
  photoFile: null,
  searchText: '',
  decisionReason: null,
};

/**
 * Erases one referral inside `tx`, if not erased yet: its personal fields
 * blanked and its outcome email (the referrer's address) emptied, withdrawn
 * if not sent yet. Returns the photo file for the caller to delete after
 * commit, or undefined when the referral was already erased (or is gone).
 */
export async function eraseReferralRow(tx: Tx, options: { referralId: string; at: Date; onlyDecidedBefore?: Date }): Promise<{ photoFile: string | null } | undefined> {
  const { referralId: id, at, onlyDecidedBefore } = options;
  const row = await tx.referral.findUnique({ where: { id }, select: { photoFile: true, outcomeMessageId: true, erasedAt: true } });
  if (!row || row.erasedAt) return undefined;
  const { count } = await tx.referral.updateMany({
    where: { id, erasedAt: null, photoFile: row.photoFile, ...(onlyDecidedBefore ? { decidedAt: { lt: onlyDecidedBefore } } : {}) },
    data: { ...BLANK_REFERRAL, erasedAt: at },
  });
  if (count !== 1) return undefined;
  if (row.outcomeMessageId) await emptyOutcomeMessage(tx, row.outcomeMessageId, at);
  return { photoFile: row.photoFile };
}

export async function emptyOutcomeMessage(tx: Tx, messageId: string, at: Date): Promise<void> {
  await tx.outboxMessage.updateMany({ where: { id: messageId, status: { in: PENDING_MESSAGE_STATUSES } }, data: { status: 'withdrawn', nextAttemptAt: null, claimedAt: null } });
  await tx.outboxMessage.updateMany({ where: { id: messageId }, data: { toAddress: null, subject: '', textBody: '', htmlBody: null, lastError: null, updatedAt: at } });
}

/** Part of erasing a young carer's record: the referral that made it (who referred them) goes too. Photo files were handed to the holder on acceptance. */
export async function eraseReferralsOfHolder(tx: Tx, options: { holderId: string; at: Date }): Promise<number> {
  const rows = await tx.referral.findMany({ where: { holderId: options.holderId, erasedAt: null }, select: { id: true } });
  let erased = 0;
  for (const { id } of rows) if (await eraseReferralRow(tx, { referralId: id, at: options.at })) erased += 1;
  return erased;
}
