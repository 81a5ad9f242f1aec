import { createHash } from 'node:crypto';
import type { Tx } from '../db/transaction.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';

/**
 * Failed-login counters per account and per client address, kept in the
 * database so every API process sees the same counts. Unknown emails are
 * counted exactly like real ones, so throttling reveals nothing.
 *
 * An attempt is reserved before its password is checked: one conditional
 * UPDATE per key adds 1 only while the count is under the limit, and the
 * number of rows it changed says whether the attempt may go ahead. However
 * many sign-ins arrive at once, on however many API processes, no more than
 * the limit are checked in a window. The reservation that reaches the limit
 * also locks the key for `lockMinutes`. A failed check leaves its
 * reservation counted; a successful one clears the account's count and gives
 * the address its reservation back, so only failures count, as before.
 */
export type ThrottlePolicy = { maxFailuresPerAccount: number; maxFailuresPerClient: number; lockMinutes: number };

export type ThrottleKeys = { account: string; client: string };

const key = (kind: 'account' | 'client', value: string) =>
  `${kind}:${createHash('sha256').update(value).digest('hex')}`;

export function throttleKeys(email: string, ip: string | null): ThrottleKeys {
  return { account: key('account', email), client: key('client', ip ?? 'unknown') };
}

/** Rows that changed between two statements send a reservation round again; this many rounds at most. */
const MAX_ROUNDS = 10;

/**
 * Reserves one attempt against the account and against the address, or
 * throws LOGIN_THROTTLED (nothing stays reserved then).
 */
export async function reserveLoginAttempt(db: Tx, keys: ThrottleKeys, policy: ThrottlePolicy, now: Date): Promise<void> {
  if (!(await reserve(db, keys.account, policy.maxFailuresPerAccount, policy, now))) {
    throw await throttled(db, keys, policy, now);
  }
  if (!(await reserve(db, keys.client, policy.maxFailuresPerClient, policy, now))) {
    await release(db, keys.account, policy.maxFailuresPerAccount);
    throw await throttled(db, keys, policy, now);
  }
}

/** After a successful sign-in: the account starts again from nothing, and the address gets its reservation back. */
export async function clearLoginFailures(db: Tx, keys: ThrottleKeys, policy: ThrottlePolicy): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: keys.account } });
  await release(db, keys.client, policy.maxFailuresPerClient);
}

/**
 * Takes one of the `max` attempts a key has in its window, each step a single
 * conditional statement, so two callers can never both take the last one:
 * add 1 below the limit; add 1 and lock on reaching it; start a new window
 * once the old one has passed; or create the row (a unique violation means
 * another caller just did, so go round again).
 */
export async function reserve(db: Tx, k: string, max: number, policy: ThrottlePolicy, now: Date): Promise<boolean> {
  const windowMs = policy.lockMinutes * 60_000;
  const staleBefore = new Date(now.getTime() - windowMs);
  const lockUntil = new Date(now.getTime() + windowMs);
  const unlocked = { OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] };
  const fresh = { failures: 1, windowStart: now, lockedUntil: max <= 1 ? lockUntil : null };
  const steps = [
    () => db.loginThrottle.updateMany({
      where: { key: k, failures: { lt: max - 1 }, windowStart: { gt: staleBefore }, ...unlocked },
      data: { failures: { increment: 1 } },
    }),
    () => db.loginThrottle.updateMany({
      where: { key: k, failures: max - 1, windowStart: { gt: staleBefore }, ...unlocked },
      data: { failures: { increment: 1 }, lockedUntil: lockUntil },
    }),
    () => db.loginThrottle.updateMany({
      where: { key: k, windowStart: { lte: staleBefore }, ...unlocked },
      data: fresh,
    }),
  ];
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    for (const step of steps) {
      if ((await step()).count === 1) return true;
    }
    const row = await db.loginThrottle.findUnique({ where: { key: k } });
    if (!row) {
      try {
        await db.loginThrottle.create({ data: { key: k, ...fresh } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        throw error;
      }
    }
    const locked = row.lockedUntil !== null && row.lockedUntil > now;
    const full = row.failures >= max && row.windowStart > staleBefore;
    if (locked || full) return false;
    // The row changed between the statements above (another attempt was given back): try again.
  }
  return false;
}

/** Gives back a reservation whose password was never checked, or was right. Below the limit again, so no lock. */
export async function release(db: Tx, k: string, max: number): Promise<void> {
  await db.loginThrottle.updateMany({
    where: { key: k, failures: { gt: 0, lte: max } },
    data: { failures: { decrement: 1 }, lockedUntil: null },
  });
}

/** LOGIN_THROTTLED, with Retry-After until the later of the two keys is free again (a second, if both just freed up). */
async function throttled(db: Tx, keys: ThrottleKeys, policy: ThrottlePolicy, now: Date): Promise<AppError> {
  const windowMs = policy.lockMinutes * 60_000;
  const maxOf = (k: string) => (k === keys.account ? policy.maxFailuresPerAccount : policy.maxFailuresPerClient);
  const rows = await db.loginThrottle.findMany({ where: { key: { in: [keys.account, keys.client] } } });
  const freeAt = rows.map((row) => {
    if (row.lockedUntil && row.lockedUntil > now) return row.lockedUntil.getTime();
    if (row.failures >= maxOf(row.key)) return row.windowStart.getTime() + windowMs;
    return 0;
  });
  const seconds = Math.ceil((Math.max(0, ...freeAt) - now.getTime()) / 1000);
  const retryAfter = Math.min(Math.max(1, seconds), Math.ceil(windowMs / 1000));
  return new AppError(
    'LOGIN_THROTTLED',
    `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
    { retryAfter },
  );
}
