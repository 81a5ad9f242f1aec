import type { AppDeps } from '../deps.ts';
import { toReferralSummary } from './referral-view.ts';
import type { ReferralList, ReferralListQuery } from './schemas.ts';

/** New ones oldest first (the longest waiting on top); decided ones newest first. */
export async function listReferrals(deps: Pick<AppDeps, 'db'>, options: { query: ReferralListQuery }): Promise<ReferralList> {
  const { status, page = 1, pageSize = 25 } = options.query;
  const where = status ? { status } : {};
  const [rows, total] = await Promise.all([
    deps.db.referral.findMany({
      where,
      orderBy: status === 'new' ? [{ createdAt: 'asc' }, { id: 'asc' }] : [{ createdAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    deps.db.referral.count({ where }),
  ]);
  return { items: rows.map(toReferralSummary), total, page, pageSize };
}
