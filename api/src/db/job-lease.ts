import type { AppDeps } from '../deps.ts';
import { isUniqueViolation } from './errors.ts';

/**
 * Takes (or renews) the lease on a scheduled job for this process, for
 * `ttlMs`: true when this process may run it now. One conditional UPDATE
 * (or the first INSERT, whose primary key lets one process win), so two
 * processes asking at once never both get it. A process renews its own
 * lease at every run; the others wait until it has run out.
 */
export async function takeJobLease(deps: Pick<AppDeps, 'db' | 'clock' | 'processId'>, name: string, ttlMs: number): Promise<boolean> {
  const now = deps.clock();
  const until = new Date(now.getTime() + ttlMs);
  const holder = deps.processId;
  const renewed = await deps.db.jobLease.updateMany({ where: { name, OR: [{ holder }, { until: { lte: now } }] }, data: { holder, until } });
  if (renewed.count === 1) return true;
  try {
    await deps.db.jobLease.create({ data: { name, holder, until } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** At a clean stop: this process's leases run out now, so another process takes the jobs over at its next tick. */
export async function releaseJobLeases(deps: Pick<AppDeps, 'db' | 'clock' | 'processId'>): Promise<void> {
  await deps.db.jobLease.updateMany({ where: { holder: deps.processId }, data: { until: deps.clock() } });
}
