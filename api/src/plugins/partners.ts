import fp from 'fastify-plugin';
import type { BenefitSnapshot } from '../partners/benefit-rules.ts';
import { loadBenefitSnapshot } from '../partners/benefit-snapshot.ts';
import { ScanCounter } from '../partners/scan-counter.ts';

/** Partner and benefit changes made by another process show in verify answers within this long. */
const SNAPSHOT_TTL_MS = 5_000;
const FLUSH_EVERY_MS = 5_000;

export type BenefitSource = { current(): Promise<BenefitSnapshot>; invalidate(): void };

declare module 'fastify' {
  interface FastifyInstance {
    /** Active partners and benefits, cached for a few seconds; refreshed at once after a change made here. */
    benefitSnapshot: BenefitSource;
    scanCounter: ScanCounter;
  }
}

export default fp(
  async (app) => {
    let cached: { snapshot: Promise<BenefitSnapshot>; at: number } | undefined;
    app.decorate('benefitSnapshot', {
      current() {
        if (!cached || Date.now() - cached.at > SNAPSHOT_TTL_MS) {
          const snapshot = loadBenefitSnapshot(app.db);
          cached = { snapshot, at: Date.now() };
          snapshot.catch(() => {
            if (cached?.snapshot === snapshot) cached = undefined;
          });
        }
        return cached.snapshot;
      },
      invalidate() {
        cached = undefined;
      },
    });

    const counter = new ScanCounter(app.db);
    app.decorate('scanCounter', counter);
    const timer = setInterval(() => {
      counter.flush().catch((err: unknown) => app.log.error({ err }, 'could not save scan counts'));
    }, FLUSH_EVERY_MS);
    timer.unref();
    // Before the database closes (onClose hooks run in reverse order of registration).
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await counter.flush();
    });
  },
  { name: 'partners', dependencies: ['database'] },
);
