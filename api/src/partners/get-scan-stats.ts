import type { AppDeps } from '../deps.ts';
import { calendarDay } from '../shared/calendar.ts';
import type { ScanStats } from './schemas.ts';

/** Without dates: the last 30 days, today included. */
const DEFAULT_DAYS = 30;

/**
 * Verify calls per partner per day (counts only, nothing about any card).
 * What this process has counted but not yet written is written first, so the
 * answer includes the checks made just now.
 */
export async function getScanStats(
  deps: Pick<AppDeps, 'db' | 'clock' | 'scanCounter'>,
  options: { from?: string | undefined; to?: string | undefined; partnerId?: string | undefined },
): Promise<ScanStats> {
  const { db } = deps;
  await deps.scanCounter.flush();
  const today = deps.clock();
  const to = options.to ?? calendarDay(today);
  const from = options.from ?? calendarDay(new Date(today.getTime() - (DEFAULT_DAYS - 1) * 86_400_000));
  const rows = await db.scanCount.findMany({
    where: { day: { gte: from, lte: to }, ...(options.partnerId !== undefined ? { partnerId: options.partnerId } : {}) },
    orderBy: [{ day: 'desc' }, { partnerId: 'asc' }],
  });
  const names = new Map((await db.partner.findMany({ select: { id: true, name: true } })).map((p) => [p.id, p.name]));
  return {
    items: rows.map((r) => ({
      partnerId: r.partnerId || null,
      partnerName: r.partnerId ? (names.get(r.partnerId) ?? null) : null,
      day: r.day,
      valid: r.valid,
      expired: r.expired,
      notValid: r.notValid,
    })),
  };
}
