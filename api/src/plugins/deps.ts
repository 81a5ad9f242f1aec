import fp from 'fastify-plugin';
import { buildDeps, type AppDeps } from '../deps.ts';
import type { Clock } from '../lib/clock.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Everything the use-cases need, built once by the composition root (deps.ts). */
    deps: AppDeps;
  }
}

/**
 * Builds the app's dependencies from config, database, clock and logger;
 * starts the background jobs when the app is ready and stops them (saving
 * what they hold) when it closes, before the database closes.
 */
export default fp<{ clock: Clock }>(
  async (app, { clock }) => {
    const { close, ...deps } = await buildDeps({ config: app.config, database: app.database, clock, log: app.log });
    app.decorate('deps', deps);
    app.addHook('onReady', async () => {
      deps.jobs.outbox.start();
      deps.jobs.renewalReminders.start();
      deps.jobs.retention.start();
      deps.jobs.scanCounts.start();
      deps.jobs.auditCheckpoints.start();
      deps.jobs.imports.start();
    });
    // onClose hooks run in reverse order of registration: this one before the database plugin's.
    app.addHook('onClose', close);
  },
  { name: 'deps', dependencies: ['config', 'database'] },
);
