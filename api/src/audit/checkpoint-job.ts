import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { takeJobLease } from '../db/job-lease.ts';
import { backgroundJob, type BackgroundJob } from '../lib/background-job.ts';
import { writeAuditCheckpoint } from './audit-checkpoint.ts';

/** How often the job looks; it signs a checkpoint when either limit below is reached. */
const CHECK_EVERY_MS = 60_000;
export const CHECKPOINT_EVERY_EVENTS = 1000;
export const CHECKPOINT_EVERY_MS = 60 * 60_000;

/** Signs a checkpoint of the audit head every 1,000 events or every hour (when there were any). */
export function auditCheckpointJob(deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner' | 'log' | 'processId'>): BackgroundJob {
  return backgroundJob({
    name: 'audit-checkpoints',
    intervalMs: CHECK_EVERY_MS,
    log: deps.log,
    exclusive: () => takeJobLease(deps, 'audit-checkpoints', CHECK_EVERY_MS * 2),
    run: async () => {
      const written = await inTransaction(deps.db, (tx) =>
        writeAuditCheckpoint(tx, deps, (since, head) =>
          !since || head.position - since.position >= CHECKPOINT_EVERY_EVENTS || deps.clock().getTime() - since.at.getTime() >= CHECKPOINT_EVERY_MS,
        ),
      );
      if (written) deps.log.info({ position: written.position }, 'signed an audit checkpoint');
    },
  });
}
