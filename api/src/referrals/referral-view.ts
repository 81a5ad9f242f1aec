import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { Referral } from '../generated/sqlite/client.ts';
import { DEFAULT_LANGUAGE, isMessageLanguage } from '../shared/languages.ts';
import { findPossibleDuplicates } from './find-possible-duplicates.ts';
import { formatReferralReference } from './referral-reference.ts';
import type { ReferralDetail, ReferralStatus, ReferralSummary, ReferrerRole } from './schemas.ts';

export async function findReferral(db: Db, id: string): Promise<Referral> {
  const row = await db.referral.findUnique({ where: { id } });
  if (!row) throw new AppError('NOT_FOUND', 'No referral with this id.');
  return row;
}

export function toReferralSummary(row: Referral): ReferralSummary {
  return {
    id: row.id,
    reference: formatReferralReference(row.reference),
    status: row.status as ReferralStatus,
    givenName: row.givenName,
    familyName: row.familyName,
    preferredName: row.preferredName,
    dateOfBirth: row.dateOfBirth,
    referrerRole: row.referrerRole as ReferrerRole,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    holderId: row.holderId,
    erased: row.erasedAt !== null,
  };
}

/** The review page's view: everything the referral holds, who decided, and (while it is new) the records it may duplicate. */
export async function loadReferralDetail(deps: { db: Db }, row: Referral): Promise<ReferralDetail> {
  const decidedBy = row.decidedById ? await deps.db.staff.findUnique({ where: { id: row.decidedById }, select: { email: true } }) : null;
  const possibleDuplicates = row.status === 'new' ? await findPossibleDuplicates(deps.db, row) : { holders: [], referrals: [] };
  return {
    ...toReferralSummary(row),
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    school: row.school,
    area: row.area,
    referrerName: row.referrerName,
    referrerOrganisation: row.referrerOrganisation,
    referrerEmail: row.referrerEmail,
    referrerPhone: row.referrerPhone,
    withAdult: row.withAdult,
    consentBy: row.consentBy as ReferralDetail['consentBy'],
    consentMethod: row.consentMethod as ReferralDetail['consentMethod'],
    language: isMessageLanguage(row.language) ? row.language : DEFAULT_LANGUAGE,
    photoUrl: row.photoFile ? `/api/referrals/${row.id}/photo` : null,
    decidedByEmail: decidedBy?.email ?? null,
    decisionReason: row.decisionReason,
    referrerNotified: row.outcomeMessageId !== null,
    possibleDuplicates,
  };
}
