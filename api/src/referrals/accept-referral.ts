import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { Referral } from '../generated/sqlite/client.ts';
import { createHolderIn, referenceTaken } from '../holders/create-holder.ts';
import type { CreateHolderBody } from '../holders/schemas.ts';
import { DEFAULT_LANGUAGE, isMessageLanguage } from '../shared/languages.ts';
import { BLANK_REFERRAL } from './erase-referral.ts';
import { queueReferralOutcome } from './referral-outcome-message.ts';
import { formatReferralReference } from './referral-reference.ts';
import { findReferral, loadReferralDetail } from './referral-view.ts';
import type { AcceptReferralBody, ReferralDetail } from './schemas.ts';

export const referralDecided = () => new AppError('REFERRAL_STATE_CONFLICT', 'This referral was already accepted, declined or withdrawn.');

type AcceptDeps = Pick<AppDeps, 'db' | 'config' | 'clock' | 'auditSigner' | 'branding'> & { jobs: Pick<AppDeps['jobs'], 'outbox'> };

/**
 * Staff accept a referral: in one transaction the referral goes from new to
 * accepted (a conditional update, so of two accepts, or an accept and a
 * decline, at once exactly one wins), a young carer's record is made through
 * the holder use-case (every holder rule and its holder.create event), with
 * the consent the referral records and its photo, the referrer's outcome
 * email is queued if asked for, and the child's details are blanked on the
 * referral (they live on the record now; only who referred stays, until the
 * retention job or the record's erasure).
 */
export async function acceptReferral(
  deps: AcceptDeps,
  options: { context: AuditContext & { actor: { id: string; email: string } }; referralId: string; input: AcceptReferralBody },
): Promise<{ referral: ReferralDetail; holderId: string }> {
  const { context, referralId: id, input } = options;
  const existing = await findReferral(deps.db, id);
  if (existing.status !== 'new' || existing.erasedAt) throw referralDecided();
  const now = deps.clock();
  const { view: branding } = await deps.branding.current();
  let outcome;
  try {
    outcome = await inTransaction(deps.db, async (tx) => {
      const claimed = await tx.referral.updateMany({ where: { id, status: 'new', erasedAt: null }, data: { status: 'accepted', decidedAt: now, decidedById: context.actor.id } });
      if (claimed.count !== 1) throw referralDecided();
      // Read after the claim: what this transaction holds, whatever happened before it.
      const referral = await tx.referral.findUniqueOrThrow({ where: { id } });
      const holder = await createHolderIn(tx, deps, { context, input: holderInput(referral, input) });
      if (referral.photoFile) await tx.holder.update({ where: { id: holder.id }, data: { photoFile: referral.photoFile } });
      const messageId = input.notifyReferrer ? await queueReferralOutcome(tx, deps, { referral, outcome: 'accepted', sender: branding }) : null;
      await tx.referral.update({
        where: { id },
        data: { ...BLANK_REFERRAL, referrerName: referral.referrerName, referrerOrganisation: referral.referrerOrganisation, referrerEmail: referral.referrerEmail, referrerPhone: referral.referrerPhone, holderId: holder.id, outcomeMessageId: messageId },
      });
      await appendAuditEvent(tx, deps, context, {
        action: 'referral.accept',
        entityType: 'referral',
        entityId: id,
        details: { holderId: holder.id, photo: referral.photoFile !== null, referrerNotified: messageId !== null },
      });
      return { holderId: holder.id, notified: messageId !== null };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw referenceTaken();
    throw error;
  }
  if (outcome.notified) deps.jobs.outbox.runNow();
  return { referral: await loadReferralDetail(deps, await findReferral(deps.db, id)), holderId: outcome.holderId };
}

/**
 * The record as the referral gives it. When a parent referred and the young
 * carer has no contact of their own, the parent's is the record's (the card
 * link goes there). Notes say where the record came from, and the school and
 * area, which the record has no fields for.
 */
function holderInput(referral: Referral, input: AcceptReferralBody): CreateHolderBody {
  const parent = referral.referrerRole === 'parent';
  const notes = [
    `From online referral ${formatReferralReference(referral.reference)}.`,
    referral.school ? `School or college: ${referral.school}.` : null,
    referral.area ? `Area: ${referral.area}.` : null,
  ].filter(Boolean).join(' ');
  return {
    givenName: referral.givenName,
    familyName: referral.familyName,
    preferredName: input.preferredName !== undefined ? input.preferredName : referral.preferredName,
    dateOfBirth: referral.dateOfBirth,
    contactEmail: referral.contactEmail ?? (parent ? referral.referrerEmail : null),
    contactPhone: referral.contactPhone ?? (parent ? referral.referrerPhone : null),
    consentBy: referral.consentBy as CreateHolderBody['consentBy'],
    consentAt: referral.createdAt.toISOString(),
    consentMethod: referral.consentMethod as CreateHolderBody['consentMethod'],
    reference: input.reference ?? null,
    notes,
    // The family filled the form in this language: their letters and messages follow it.
    language: isMessageLanguage(referral.language) ? referral.language : DEFAULT_LANGUAGE,
  };
}
