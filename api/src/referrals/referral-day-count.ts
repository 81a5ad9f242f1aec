import { calendarDay } from '../shared/calendar.ts';
import type { Tx } from '../db/transaction.ts';
import type { Db } from '../db/database.ts';

/**
 * Takes one of today's referral places, inside the transaction that stores
 * the referral: the day's row is made if missing, then its count goes up
 * only while below the cap, in one conditional UPDATE, so however many
 * referrals arrive at once (on however many API processes) no more than
 * `cap` are stored a day. False when today is full.
 */
export async function takeReferralPlace(tx: Tx, options: { now: Date; cap: number }): Promise<boolean> {
  const day = calendarDay(options.now);
  await tx.$executeRaw`INSERT INTO "ReferralDayCount" ("day", "count") VALUES (${day}, 0) ON CONFLICT ("day") DO NOTHING`;
  const taken = await tx.$executeRaw`UPDATE "ReferralDayCount" SET "count" = "count" + 1 WHERE "day" = ${day} AND "count" < ${options.cap}`;
  return taken === 1;
}

/** Referrals taken so far today (a read, for a quick refusal and for staff; the cap itself is takeReferralPlace). */
export async function referralsToday(db: Db | Tx, now: Date): Promise<number> {
  return (await db.referralDayCount.findUnique({ where: { day: calendarDay(now) } }))?.count ?? 0;
}

/** Seconds until the next UTC day, when the form takes referrals again. */
export function secondsUntilTomorrow(now: Date): number {
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((tomorrow - now.getTime()) / 1000));
}
