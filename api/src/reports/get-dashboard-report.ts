import type { AppDeps } from '../deps.ts';
import { ageBandOf, AGE_BAND_STARTS } from '../shared/age-bands.ts';
import { ageOn, calendarDay } from '../shared/calendar.ts';
import type { DashboardReport, ReportQuery } from './schemas.ts';
import { published, publishedBreakdown, publishedRounded, SUPPRESSION_RULE } from './small-numbers.ts';

type ReportDeps = Pick<AppDeps, 'db' | 'clock' | 'scanCounter' | 'branding'>;

const monthOf = (at: Date) => at.toISOString().slice(0, 7);
const NOT_RECORDED = 'Not recorded';

/** Every band a young carer can be in, youngest first, so a table always has the same rows. */
const BANDS = [ageBandOf(0), ...AGE_BAND_STARTS.map((start) => ageBandOf(start))];

export const REPORT_DEFINITIONS: DashboardReport['definitions'] = [
  { term: 'Active', meaning: 'Cards valid at the end of the month (now, for this month): issued, not expired, not revoked. Rounded to the nearest 10.' },
  { term: 'Issued', meaning: 'Cards issued in the month, first cards and replacements for lost or damaged ones (renewals not included).' },
  { term: 'Renewed', meaning: 'Cards issued in the month as a renewal of a card running out.' },
  { term: 'Expiring', meaning: 'Cards whose last day falls in the month (and were not revoked before).' },
  { term: 'Ended', meaning: 'Cards revoked in the month before their last day (lost, replaced, or no longer a young carer).' },
  { term: 'Age band', meaning: 'Young carers on record today, by their age today, in bands (never an exact age).' },
  { term: 'Area', meaning: 'As given on the online referral that brought the young carer in; "Not recorded" for everyone registered another way.' },
  { term: 'Verify checks', meaning: 'Cards checked through each partner’s verify link or key, by month: counts of checks, never of children.' },
  { term: 'Referrals', meaning: 'Online referrals received in the month, and those accepted, declined or withdrawn in the month.' },
];

/**
 * The admin dashboard and the funders' report: aggregate counts only, small
 * numbers suppressed (small-numbers.ts). Reads whole columns, not rows per
 * person; nothing about any one child leaves this function.
 */
export async function getDashboardReport(deps: ReportDeps, query: ReportQuery): Promise<DashboardReport> {
  const { db } = deps;
  const now = deps.clock();
  const count = query.months ?? 12;
  const months = Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - i), 1));
    return monthOf(d);
  });
  const first = new Date(`${months[0]}-01T00:00:00.000Z`);
  /** The end of a month (exclusive), or now for this month. */
  const endOf = (month: string) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const end = new Date(Date.UTC(y, m, 1));
    return end > now ? now : end;
  };

  const [cards, renewals, holders, referrals] = await Promise.all([
    db.card.findMany({ select: { id: true, issuedAt: true, expiresAt: true, status: true, statusChangedAt: true } }),
    db.auditEvent.findMany({ where: { action: 'card.renew', at: { gte: first } }, select: { entityId: true } }),
    db.holder.findMany({ where: { erasedAt: null }, select: { id: true, dateOfBirth: true } }),
    db.referral.findMany({ select: { createdAt: true, decidedAt: true, status: true, holderId: true, area: true } }),
  ]);
  const renewed = new Set(renewals.map((r) => r.entityId));

  const cardRows = months.map((month) => {
    const end = endOf(month);
    let active = 0, issued = 0, renewedCount = 0, expiring = 0, ended = 0;
    for (const card of cards) {
      const revokedAt = card.status === 'revoked' ? card.statusChangedAt : null;
      if (card.issuedAt < end && card.expiresAt > end && !(revokedAt && revokedAt < end)) active += 1;
      if (monthOf(card.issuedAt) === month) {
        if (renewed.has(card.id)) renewedCount += 1;
        else issued += 1;
      }
      if (monthOf(card.expiresAt) === month && !(revokedAt && revokedAt < card.expiresAt)) expiring += 1;
      if (revokedAt && monthOf(revokedAt) === month && revokedAt < card.expiresAt) ended += 1;
    }
    return { month, active: publishedRounded(active), issued: published(issued), renewed: published(renewedCount), expiring: published(expiring), ended: published(ended) };
  });

  const today = calendarDay(now);
  const byBand = new Map(BANDS.map((band) => [band, 0]));
  for (const holder of holders) {
    const band = ageBandOf(ageOn(holder.dateOfBirth, today));
    byBand.set(band, (byBand.get(band) ?? 0) + 1);
  }
  const bandCounts = publishedBreakdown(BANDS.map((band) => byBand.get(band) ?? 0));

  const areaOf = new Map<string, string>();
  for (const referral of referrals) {
    const area = referral.area?.trim();
    if (referral.holderId && area) areaOf.set(referral.holderId, area.replace(/\s+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()));
  }
  const byArea = new Map<string, number>();
  for (const holder of holders) {
    const area = areaOf.get(holder.id) ?? NOT_RECORDED;
    byArea.set(area, (byArea.get(area) ?? 0) + 1);
  }
  const areaNames = [...byArea.keys()].sort((a, b) => (a === NOT_RECORDED ? 1 : b === NOT_RECORDED ? -1 : a.localeCompare(b, 'en-GB')));
  const areaCounts = publishedBreakdown(areaNames.map((area) => byArea.get(area)!));

  const referralRows = months.map((month) => {
    let received = 0, accepted = 0, declined = 0, withdrawn = 0;
    for (const referral of referrals) {
      if (monthOf(referral.createdAt) === month) received += 1;
      if (referral.decidedAt && monthOf(referral.decidedAt) === month) {
        if (referral.status === 'accepted') accepted += 1;
        else if (referral.status === 'declined') declined += 1;
        else if (referral.status === 'withdrawn') withdrawn += 1;
      }
    }
    return { month, received: published(received), accepted: published(accepted), declined: published(declined), withdrawn: published(withdrawn) };
  });

  // The partners' scan statistics, summed by month (what this process counted but has not written yet first).
  await deps.scanCounter.flush();
  const scans = await db.scanCount.findMany({ where: { day: { gte: `${months[0]}-01` } } });
  const partners = new Map((await db.partner.findMany({ select: { id: true, name: true } })).map((p) => [p.id, p.name]));
  const checks = new Map<string, number[]>();
  for (const row of scans) {
    const index = months.indexOf(row.day.slice(0, 7));
    if (index < 0) continue;
    const name = row.partnerId ? (partners.get(row.partnerId) ?? 'A partner no longer listed') : 'No partner named';
    const perMonth = checks.get(name) ?? months.map(() => 0);
    perMonth[index]! += row.valid + row.expired + row.notValid;
    checks.set(name, perMonth);
  }
  const verifyChecks = [...checks.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
    .map(([partner, perMonth]) => ({ partner, months: perMonth.map(published) }));

  const { view: branding } = await deps.branding.current();
  return {
    generatedAt: now.toISOString(),
    organisation: branding.organisationName,
    months,
    cards: cardRows,
    ageBands: BANDS.map((band, i) => ({ band, count: bandCounts[i]! })),
    areas: areaNames.map((area, i) => ({ area, count: areaCounts[i]! })),
    verifyChecks,
    referrals: referralRows,
    definitions: REPORT_DEFINITIONS,
    suppressionRule: SUPPRESSION_RULE,
  };
}
