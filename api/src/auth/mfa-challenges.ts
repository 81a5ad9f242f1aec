import type { Tx } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { hashOpaqueToken, newOpaqueToken } from './secrets.ts';

/** How long the "password right, code still to come" step lasts. */
export const MFA_CHALLENGE_TTL_MS = 5 * 60_000;

export const invalidChallenge = () =>
  new AppError('MFA_CHALLENGE_INVALID', 'This sign-in has expired. Please enter your email and password again.');

/** Takes `db` as a transaction, so the challenge commits with the sign-in's other writes. */
export async function issueMfaChallenge(db: Tx, options: { staffId: string; ip: string | null; userAgent: string | null; at: Date }) {
  const { token, hash } = newOpaqueToken();
  const expiresAt = new Date(options.at.getTime() + MFA_CHALLENGE_TTL_MS);
  await db.mfaChallenge.create({
    data: { tokenHash: hash, staffId: options.staffId, ip: options.ip, userAgent: options.userAgent, createdAt: options.at, expiresAt },
  });
  return { mfaToken: token, expiresIn: MFA_CHALLENGE_TTL_MS / 1000 };
}

/** The open challenge behind a token, or MFA_CHALLENGE_INVALID (unknown, used and expired alike). */
export async function findOpenChallenge(db: Tx, token: string, at: Date) {
  const challenge = await db.mfaChallenge.findUnique({ where: { tokenHash: hashOpaqueToken(token) }, include: { staff: true } });
  if (!challenge || challenge.usedAt || challenge.expiresAt <= at || challenge.staff.disabledAt) throw invalidChallenge();
  return challenge;
}

/**
 * Uses the challenge up: exactly one caller gets true, however many arrive at once.
 * With `webauthnChallenge`, only while that is still the passkey challenge kept on it
 * (options asked for again meanwhile replace it, and the older answer no longer counts).
 */
export async function claimChallenge(db: Tx, tokenHash: string, at: Date, webauthnChallenge?: string): Promise<boolean> {
  const claimed = await db.mfaChallenge.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: at }, ...(webauthnChallenge === undefined ? {} : { webauthnChallenge }) },
    data: { usedAt: at },
  });
  return claimed.count === 1;
}
