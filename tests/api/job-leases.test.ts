import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseJobLeases, takeJobLease } from '../../api/src/db/job-lease.ts';
import { backgroundJob } from '../../api/src/lib/background-job.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { testEngines } from '../support/test-database.ts';

/** Scheduled jobs run in one API process at a time: a lease row, taken with one conditional statement. */
describe.each(testEngines())('job leases on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  const processAt = (processId: string, now: () => Date) => ({ db: t.app.deps.db, clock: now, processId });

  it('of many processes asking at once, one gets the lease; it renews it; the others get it once it runs out or is handed over', async () => {
    let now = new Date('2026-12-07T10:00:00Z');
    const clock = () => now;
    const holders = Array.from({ length: 8 }, (_, i) => processAt(`host-${i}:3000`, clock));
    const answers = await Promise.all(holders.flatMap((h) => [takeJobLease(h, 'nightly', 60_000), takeJobLease(h, 'nightly', 60_000)]));
    const winners = new Set(holders.filter((_, i) => answers[2 * i] || answers[2 * i + 1]).map((h) => h.processId));
    expect(winners.size).toBe(1);
    const [winner] = [...winners];
    const holder = holders.find((h) => h.processId === winner)!;
    const other = holders.find((h) => h.processId !== winner)!;

    now = new Date(now.getTime() + 50_000);
    expect(await takeJobLease(other, 'nightly', 60_000)).toBe(false);
    expect(await takeJobLease(holder, 'nightly', 60_000)).toBe(true); // renewed to 10:01:50
    now = new Date(now.getTime() + 50_000);
    expect(await takeJobLease(other, 'nightly', 60_000)).toBe(false);
    // The holder stops running it (crashed): after the lease runs out, another process takes over.
    now = new Date(now.getTime() + 11_000);
    expect(await takeJobLease(other, 'nightly', 60_000)).toBe(true);
    expect(await takeJobLease(holder, 'nightly', 60_000)).toBe(false);
    // A clean stop hands it over at once.
    await releaseJobLeases(other);
    expect(await takeJobLease(holder, 'nightly', 60_000)).toBe(true);
    // Leases are per job.
    expect(await takeJobLease(other, 'weekly', 60_000)).toBe(true);
  });

  it('a job whose lease another process holds skips its run', async () => {
    const now = () => new Date('2026-12-07T12:00:00Z');
    const elsewhere = processAt('other-host:3000', now);
    expect(await takeJobLease(elsewhere, 'sweep', 3_600_000)).toBe(true);
    const here = processAt('this-host:3000', now);
    let runs = 0;
    const job = backgroundJob({ name: 'sweep', intervalMs: 3_600_000, log: t.app.log, run: async () => void (runs += 1), exclusive: () => takeJobLease(here, 'sweep', 3_600_000) });
    await job.runNow();
    expect(runs).toBe(0);
    await releaseJobLeases(elsewhere);
    await job.runNow();
    expect(runs).toBe(1);
    await job.stop();
  });

  it('the app’s own scheduled jobs hold their leases under this process’s name', async () => {
    await t.app.deps.jobs.retention.runNow();
    await t.app.deps.jobs.auditCheckpoints.runNow();
    const leases = await t.app.deps.db.jobLease.findMany({ where: { name: { in: ['retention-erasure', 'audit-checkpoints'] } } });
    expect(leases.map((l) => l.holder)).toEqual([t.app.deps.processId, t.app.deps.processId]);
  });
});
