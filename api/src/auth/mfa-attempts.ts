import { createHash } from 'node:crypto';
import type { Tx } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { reserve, type ThrottlePolicy } from './login-throttle.ts';

/**
 * Second-factor tries per account, counted in the same table and the same
 * way as failed passwords (login-throttle.ts): each try is reserved with a
 * conditional UPDATE before its code is checked, so a burst of parallel
 * guesses, on any number of processes, checks no more than
 * `maxFailuresPerAccount` codes per window. A right code clears the count.
 */
export const mfaThrottleKey = (staffId: string) => `mfa:${createHash('sha256').update(staffId).digest('hex')}`;

export async function reserveMfaAttempt(db: Tx, staffId: string, policy: ThrottlePolicy, now: Date): Promise<void> {
  const key = mfaThrottleKey(staffId);
  if (await reserve(db, key, policy.maxFailuresPerAccount, policy, now)) return;
  const row = await db.loginThrottle.findUnique({ where: { key } });
  const windowMs = policy.lockMinutes * 60_000;
  const freeAt = row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil.getTime() : (row?.windowStart.getTime() ?? now.getTime()) + windowMs;
  const retryAfter = Math.min(Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000)), Math.ceil(windowMs / 1000));
  throw new AppError('MFA_THROTTLED', `Too many wrong codes. Try again in ${Math.ceil(retryAfter / 60)} minute(s).`, { retryAfter });
}

export async function clearMfaFailures(db: Tx, staffId: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: mfaThrottleKey(staffId) } });
}
