import type { Db } from '../db/database.ts';
import type { Referral } from '../generated/sqlite/client.ts';
import { namesLookAlike, phoneKey } from './referral-names.ts';
import type { DuplicateReason, PossibleDuplicates, ReferralStatus } from './schemas.ts';

const LIMIT = 50;

/** The contact details a referral shares with a family: the young carer's own, and a parent's or the young carer's own when they referred (a school's would match every child it refers). */
function contactsOf(referral: Referral): { emails: string[]; phones: string[] } {
  const family = referral.referrerRole !== 'professional';
  const emails = [referral.contactEmail, family ? referral.referrerEmail : null].filter((e): e is string => Boolean(e));
  const phones = [referral.contactPhone, family ? referral.referrerPhone : null].map(phoneKey).filter(Boolean);
  return { emails: [...new Set(emails)], phones: [...new Set(phones)] };
}

/**
 * Records (and other referrals) that may be the same young carer: the same
 * date of birth and a similar name (accent-insensitive, see referral-names.ts),
 * or the same email or phone. For staff only: the public answer never hints
 * at any of this. Uses the date-of-birth index; contacts are compared in SQL.
 */
export async function findPossibleDuplicates(db: Db, referral: Referral): Promise<PossibleDuplicates> {
  const { emails, phones } = contactsOf(referral);
  const holderReasons = new Map<string, Set<DuplicateReason>>();
  const referralReasons = new Map<string, Set<DuplicateReason>>();
  const add = (map: Map<string, Set<DuplicateReason>>, id: string, reason: DuplicateReason) => {
    const reasons = map.get(id) ?? new Set<DuplicateReason>();
    reasons.add(reason);
    map.set(id, reasons);
  };

  const sameBirthday = await db.holder.findMany({
    where: { dateOfBirth: referral.dateOfBirth, erasedAt: null },
    select: { id: true, givenName: true, familyName: true, preferredName: true },
  });
  for (const holder of sameBirthday) if (namesLookAlike(referral, holder)) add(holderReasons, holder.id, 'name_and_date_of_birth');
  const otherReferrals = await db.referral.findMany({
    where: { dateOfBirth: referral.dateOfBirth, erasedAt: null, id: { not: referral.id } },
    select: { id: true, givenName: true, familyName: true, preferredName: true },
  });
  for (const other of otherReferrals) if (namesLookAlike(referral, other)) add(referralReasons, other.id, 'name_and_date_of_birth');

  if (emails.length > 0) {
    const byEmail = await db.holder.findMany({ where: { contactEmail: { in: emails }, erasedAt: null }, select: { id: true }, take: LIMIT });
    for (const { id } of byEmail) add(holderReasons, id, 'contact');
    const referralsByEmail = await db.referral.findMany({
      where: { erasedAt: null, id: { not: referral.id }, OR: [{ contactEmail: { in: emails } }, { referrerEmail: { in: emails }, referrerRole: { not: 'professional' } }] },
      select: { id: true },
      take: LIMIT,
    });
    for (const { id } of referralsByEmail) add(referralReasons, id, 'contact');
  }
  for (const key of phones) {
    // Only digits reach the patterns (phoneKey), so they hold no LIKE wildcard of anyone's. The
    // last digit first: a cheap test that leaves the REPLACEs a tenth of the rows to do.
    const pattern = `%${key}`;
    const lastDigit = `%${key.slice(-1)}`;
    const holders = await db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Holder" WHERE "erasedAt" IS NULL AND "contactPhone" LIKE ${lastDigit}
        AND REPLACE(REPLACE(REPLACE(REPLACE(REPLACE("contactPhone", ' ', ''), '-', ''), '(', ''), ')', ''), '+', '') LIKE ${pattern}
      LIMIT ${LIMIT}`;
    for (const { id } of holders) add(holderReasons, id, 'contact');
    const referrals = await db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Referral" WHERE "erasedAt" IS NULL AND "id" <> ${referral.id} AND (
        REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(COALESCE("contactPhone", ''), ' ', ''), '-', ''), '(', ''), ')', ''), '+', '') LIKE ${pattern}
        OR ("referrerRole" <> 'professional' AND REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(COALESCE("referrerPhone", ''), ' ', ''), '-', ''), '(', ''), ')', ''), '+', '') LIKE ${pattern}))
      LIMIT ${LIMIT}`;
    for (const { id } of referrals) add(referralReasons, id, 'contact');
  }

  const holderIds = [...holderReasons.keys()].slice(0, LIMIT);
  const referralIds = [...referralReasons.keys()].slice(0, LIMIT);
  const [holders, referrals] = await Promise.all([
    db.holder.findMany({
      where: { id: { in: holderIds } },
      select: { id: true, givenName: true, familyName: true, preferredName: true, dateOfBirth: true, reference: true },
      orderBy: [{ familyName: 'asc' }, { id: 'asc' }],
    }),
    db.referral.findMany({ where: { id: { in: referralIds } }, select: { id: true, reference: true, status: true, createdAt: true }, orderBy: { createdAt: 'desc' } }),
  ]);
  return {
    holders: holders.map((h) => ({ ...h, reasons: [...holderReasons.get(h.id)!] })),
    referrals: referrals.map((r) => ({ id: r.id, reference: r.reference, status: r.status as ReferralStatus, createdAt: r.createdAt.toISOString(), reasons: [...referralReasons.get(r.id)!] })),
  };
}
