import type { AppDeps } from '../deps.ts';
import { takeJobLease } from '../db/job-lease.ts';
import { backgroundJob, type BackgroundJob } from '../lib/background-job.ts';
import { runReminderJob } from './run-reminder-job.ts';

/**
 * The renewal reminder job: at start and every REMINDER_JOB_INTERVAL_MINUTES
 * in the one process that holds its lease (db/job-lease.ts). It keeps no state of its own (the reminder rows are the
 * state, one per card), so several processes running it remind nobody twice.
 * What it queues is sent at once.
 */
export function reminderJob(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock' | 'branding' | 'log' | 'auditSigner' | 'processId'> & { jobs: Pick<AppDeps['jobs'], 'outbox'> },
): BackgroundJob {
  return backgroundJob({
    name: 'renewal-reminders',
    intervalMs: deps.config.reminderJobIntervalMinutes * 60_000,
    log: deps.log,
    exclusive: () => takeJobLease(deps, 'renewal-reminders', deps.config.reminderJobIntervalMinutes * 60_000 * 2),
    run: async () => {
      const result = await runReminderJob(deps);
      if (result?.queued) {
        deps.log.info({ queued: result.queued }, 'renewal reminders queued');
        void deps.jobs.outbox.runNow();
      }
    },
  });
}
