import type { AppDeps } from '../deps.ts';
import { toBenefitView } from './benefit-view.ts';
import type { BenefitView } from './schemas.ts';

/** Every benefit (or one partner's), active ones first. */
export async function listBenefits(deps: Pick<AppDeps, 'db'>, options: { partnerId?: string | undefined }): Promise<BenefitView[]> {
  const benefits = await deps.db.benefit.findMany({
    where: options.partnerId ? { partnerId: options.partnerId } : {},
    include: { partner: { select: { name: true } } },
    orderBy: [{ active: 'desc' }, { title: 'asc' }],
  });
  return benefits.map(toBenefitView);
}
