import type { FastifyBaseLogger } from 'fastify';

/** A job that runs in the background of every API process: at start, every `intervalMs`, and on demand. */
export type BackgroundJob = {
  readonly name: string;
  /** Runs now; if a run is in progress, one more run follows it. Resolves when the runs end. Never rejects. */
  runNow(): Promise<void>;
  start(): void;
  /** No new runs; waits for the one in progress. */
  stop(): Promise<void>;
};

/**
 * The one job helper: at most one run at a time per process, errors logged
 * (never thrown into a caller), stopped when the app closes. Work that must
 * happen once across processes is made safe by the job itself (claims,
 * unique rows); a scheduled job that should also run in one process only
 * passes `exclusive` (a job lease, db/job-lease.ts), and a run it refuses
 * is skipped.
 */
export function backgroundJob(options: {
  name: string;
  intervalMs: number;
  log: FastifyBaseLogger;
  run: () => Promise<void>;
  exclusive?: () => Promise<boolean>;
}): BackgroundJob {
  const { name, intervalMs, log, run, exclusive } = options;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const runNow = (): Promise<void> => {
    if (stopped) return running ?? Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          if (!exclusive || (await exclusive())) await run();
          else log.debug({ job: name }, 'background job skipped: another process runs it');
        } catch (error) {
          log.error({ err: error, job: name }, 'background job failed');
        }
      } while (again && !stopped);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    name,
    runNow,
    start() {
      if (timer || stopped) return;
      timer = setInterval(() => void runNow(), intervalMs);
      timer.unref();
      void runNow();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
