import type { FastifyBaseLogger } from 'fastify';
import { backgroundJob, type BackgroundJob } from '../lib/background-job.ts';
import type { CardDeps } from '../cards/deps.ts';
import type { ImportDeps } from './deps.ts';
import { runImportCardsBatch } from './run-import-cards-batch.ts';
import { FIRST_IMPORT_BATCH, IMPORT_BATCH, runImportBatch } from './run-import-batch.ts';

/** How often each process looks for running imports (one left by a process that stopped or died is picked up). */
const POLL_MS = 5_000;

/**
 * Carries every running import (and then every started card batch) forward, a batch at a time, in whichever
 * processes run it (the batches take turns; see runImportBatch). Stops
 * between batches when the app closes: the rest is picked up on the next
 * start.
 */
export function importRunner(deps: ImportDeps & CardDeps & { log: FastifyBaseLogger }): BackgroundJob {
  let stopping = false;
  const job = backgroundJob({
    name: 'imports',
    intervalMs: POLL_MS,
    log: deps.log,
    run: async () => {
      const running = await deps.db.importJob.findMany({ where: { status: 'running' }, orderBy: { startedAt: 'asc' }, select: { id: true } });
      for (const { id } of running) {
        for (let size = FIRST_IMPORT_BATCH; !stopping && (await runImportBatch(deps, id, size)); size = IMPORT_BATCH) {
          // Between batches, let the event loop serve requests (the page's polls): on SQLite every query would otherwise resolve without ever yielding.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      // Then the card batches started for finished imports, a few rows at a time.
      const issuing = await deps.db.importJob.findMany({ where: { cardsStatus: 'running' }, orderBy: { cardsStartedAt: 'asc' }, select: { id: true } });
      for (const { id } of issuing) {
        while (!stopping && (await runImportCardsBatch(deps, id))) await new Promise((resolve) => setImmediate(resolve));
      }
    },
  });
  return {
    ...job,
    async stop() {
      stopping = true;
      await job.stop();
    },
  };
}
