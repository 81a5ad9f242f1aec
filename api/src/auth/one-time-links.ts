import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { hashOpaqueToken, newOpaqueToken } from './secrets.ts';
import { now, type AuthDeps } from './deps.ts';

export type LinkPurpose = 'setup' | 'set-password';
const pagePath: Record<LinkPurpose, string> = { setup: '/setup', 'set-password': '/set-password' };

/**
 * Makes a one-time link, replacing any unused one for the same purpose and
 * person. The token sits in the URL fragment, which browsers never send to a
 * server, so it stays out of access logs and Referer headers.
 */
export async function issueOneTimeLink(
  deps: AuthDeps,
  purpose: LinkPurpose,
  staffId: string | null,
): Promise<{ url: string; expiresAt: string }> {
  const { db, config } = deps;
  await db.oneTimeToken.deleteMany({ where: { purpose, staffId, usedAt: null } });
  const { token, hash } = newOpaqueToken();
  const expiresAt = new Date(now(deps).getTime() + config.passwordLinkTtlHours * 3_600_000);
  await db.oneTimeToken.create({ data: { tokenHash: hash, purpose, staffId, expiresAt } });
  return { url: `${config.publicUrl}${pagePath[purpose]}#${token}`, expiresAt: expiresAt.toISOString() };
}

/** Marks a link used, exactly once; refuses unknown, used or expired links alike. */
export async function consumeOneTimeLink(db: Db, purpose: LinkPurpose, token: string, at: Date) {
  const tokenHash = hashOpaqueToken(token);
  const row = await db.oneTimeToken.findUnique({ where: { tokenHash } });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= at) {
    throw new AppError('INVALID_LINK', 'This link has expired or has already been used. Ask an administrator for a new one.');
  }
  const claimed = await db.oneTimeToken.updateMany({ where: { tokenHash, usedAt: null }, data: { usedAt: at } });
  if (claimed.count !== 1) {
    throw new AppError('INVALID_LINK', 'This link has expired or has already been used. Ask an administrator for a new one.');
  }
  return row;
}

/** Checks a link without using it up (so a weak password can be fixed and retried). */
export async function peekOneTimeLink(db: Db, purpose: LinkPurpose, token: string, at: Date) {
  const row = await db.oneTimeToken.findUnique({ where: { tokenHash: hashOpaqueToken(token) } });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= at) {
    throw new AppError('INVALID_LINK', 'This link has expired or has already been used. Ask an administrator for a new one.');
  }
  return row;
}
