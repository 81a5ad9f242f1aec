import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { cleanName, cleanText } from '../shared/clean-text.ts';
import { referralDecided } from './accept-referral.ts';
import { queueReferralOutcome } from './referral-outcome-message.ts';
import { findReferral, loadReferralDetail } from './referral-view.ts';
import type { DeclineReferralBody, ReferralDetail } from './schemas.ts';

/**
 * Staff decline a referral, or record that whoever referred withdrew it,
 * with a reason kept for staff only (never in the audit log, never sent).
 * Only a new referral: the conditional update decides between this and an
 * accept at the same moment. The referral is kept for the referral
 * retention period, then erased.
 */
export async function declineReferral(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner' | 'branding'> & { jobs: Pick<AppDeps['jobs'], 'outbox'> },
  options: { context: AuditContext & { actor: { id: string; email: string } }; referralId: string; input: DeclineReferralBody },
): Promise<ReferralDetail> {
  const { context, referralId: id, input } = options;
  const reason = cleanText(input.reason);
  if (cleanName(reason) === '') throw new AppError('VALIDATION_FAILED', 'Please write the reason (for staff only).', { field: 'reason' });
  const existing = await findReferral(deps.db, id);
  if (existing.status !== 'new' || existing.erasedAt) throw referralDecided();
  const now = deps.clock();
  const { view: branding } = await deps.branding.current();
  const notified = await inTransaction(deps.db, async (tx) => {
    const claimed = await tx.referral.updateMany({
      where: { id, status: 'new', erasedAt: null },
      data: { status: input.outcome, decidedAt: now, decidedById: context.actor.id, decisionReason: reason },
    });
    if (claimed.count !== 1) throw referralDecided();
    const referral = await tx.referral.findUniqueOrThrow({ where: { id } });
    const messageId = input.notifyReferrer ? await queueReferralOutcome(tx, deps, { referral, outcome: input.outcome, sender: branding }) : null;
    if (messageId) await tx.referral.update({ where: { id }, data: { outcomeMessageId: messageId } });
    await appendAuditEvent(tx, deps, context, {
      action: input.outcome === 'declined' ? 'referral.decline' : 'referral.withdraw',
      entityType: 'referral',
      entityId: id,
      details: { referrerNotified: messageId !== null },
    });
    return messageId !== null;
  });
  if (notified) deps.jobs.outbox.runNow();
  return loadReferralDetail(deps, await findReferral(deps.db, id));
}
