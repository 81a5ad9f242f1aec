import { createHash } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';

/**
 * Failed-login counters per account and per client address, kept in the
 * database so every API process sees the same counts. Unknown emails are
 * counted exactly like real ones, so throttling reveals nothing.
 */
export type ThrottlePolicy = { maxFailuresPerAccount: number; maxFailuresPerClient: number; lockMinutes: number };

const key = (kind: 'account' | 'client', value: string) =>
  `${kind}:${createHash('sha256').update(value).digest('hex')}`;

export function throttleKeys(email: string, ip: string | null) {
  return { account: key('account', email), client: key('client', ip ?? 'unknown') };
}

export async function assertLoginAllowed(db: Db, keys: { account: string; client: string }, now: Date): Promise<void> {
  const locks = await db.loginThrottle.findMany({
    where: { key: { in: [keys.account, keys.client] }, lockedUntil: { gt: now } },
  });
  const until = Math.max(0, ...locks.map((l) => l.lockedUntil!.getTime()));
  if (until > 0) {
    const retryAfter = Math.ceil((until - now.getTime()) / 1000);
    throw new AppError(
      'LOGIN_THROTTLED',
      `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
      { retryAfter },
    );
  }
}

export async function recordLoginFailure(
  db: Db,
  keys: { account: string; client: string },
  policy: ThrottlePolicy,
  now: Date,
): Promise<void> {
  const windowMs = policy.lockMinutes * 60_000;
  const limits: [string, number][] = [
    [keys.account, policy.maxFailuresPerAccount],
    [keys.client, policy.maxFailuresPerClient],
  ];
  for (const [k, max] of limits) {
    const row = await db.loginThrottle.findUnique({ where: { key: k } });
    const fresh = !row || now.getTime() - row.windowStart.getTime() > windowMs;
    const failures = fresh ? 1 : row.failures + 1;
    const data = {
      failures,
      windowStart: fresh ? now : row.windowStart,
      lockedUntil: failures >= max ? new Date(now.getTime() + windowMs) : null,
    };
    await db.loginThrottle.upsert({ where: { key: k }, create: { key: k, ...data }, update: data });
  }
}

export async function clearLoginFailures(db: Db, accountKey: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: accountKey } });
}
