import type { AppDeps } from '../deps.ts';
import { takeJobLease } from '../db/job-lease.ts';
import { backgroundJob, type BackgroundJob } from '../lib/background-job.ts';
import { runErasureJob } from './run-erasure-job.ts';

/**
 * The retention job: at start and every RETENTION_JOB_INTERVAL_HOURS (24 by
 * default) in every process, it erases the records past their retention
 * period. Safe to run in several processes at once (each erasure is
 * conditional on the record not being erased yet).
 */
export function erasureJob(deps: Pick<AppDeps, 'db' | 'clock' | 'config' | 'database' | 'log' | 'auditSigner' | 'processId'>): BackgroundJob {
  return backgroundJob({
    name: 'retention-erasure',
    intervalMs: deps.config.retentionJobIntervalHours * 3_600_000,
    log: deps.log,
    exclusive: () => takeJobLease(deps, 'retention-erasure', deps.config.retentionJobIntervalHours * 3_600_000 * 2),
    run: async () => {
      const result = await runErasureJob(deps);
      if (result.erased) deps.log.info({ erased: result.erased }, 'records past their retention period erased');
    },
  });
}
