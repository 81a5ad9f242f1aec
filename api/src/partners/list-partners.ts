import type { AppDeps } from '../deps.ts';
import { toPartnerView } from './partner-view.ts';
import type { PartnerSummary } from './schemas.ts';

/** Every partner, active ones first, each with how many benefits it has (all, and active ones). */
export async function listPartners(deps: Pick<AppDeps, 'db' | 'config'>): Promise<PartnerSummary[]> {
  const [partners, counts] = await Promise.all([
    deps.db.partner.findMany({ orderBy: [{ active: 'desc' }, { name: 'asc' }] }),
    deps.db.benefit.groupBy({ by: ['partnerId', 'active'], _count: { _all: true } }),
  ]);
  const benefits = new Map<string, { benefitCount: number; activeBenefitCount: number }>();
  for (const row of counts) {
    const entry = benefits.get(row.partnerId) ?? { benefitCount: 0, activeBenefitCount: 0 };
    entry.benefitCount += row._count._all;
    if (row.active) entry.activeBenefitCount += row._count._all;
    benefits.set(row.partnerId, entry);
  }
  return partners.map((p) => ({ ...toPartnerView(p, deps.config.publicUrl), ...(benefits.get(p.id) ?? { benefitCount: 0, activeBenefitCount: 0 }) }));
}
