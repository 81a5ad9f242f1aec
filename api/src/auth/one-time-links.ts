import type { Tx } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { hashOpaqueToken, newOpaqueToken } from './secrets.ts';
import type { AuthDeps } from './deps.ts';

/** Unknown, used and expired links get the same answer. */
export const invalidLink = () =>
  new AppError('INVALID_LINK', 'This link has expired or has already been used. Ask an administrator for a new one.');

export type LinkPurpose = 'setup' | 'set-password';
const pagePath: Record<LinkPurpose, string> = { setup: '/setup', 'set-password': '/set-password' };

/**
 * Makes a one-time link, replacing any unused one for the same purpose and
 * person. The token sits in the URL fragment, which browsers never send to a
 * server, so it stays out of access logs and Referer headers.
 */
export async function issueOneTimeLink(
  /** `db` may be a transaction, so the link commits with the caller's other writes. */
  deps: Pick<AuthDeps, 'config' | 'clock'> & { db: Tx },
  purpose: LinkPurpose,
  staffId: string | null,
): Promise<{ url: string; expiresAt: string }> {
  const { db, config } = deps;
  await db.oneTimeToken.deleteMany({ where: { purpose, staffId, usedAt: null } });
  const { token, hash } = newOpaqueToken();
  const expiresAt = new Date(deps.clock().getTime() + config.passwordLinkTtlHours * 3_600_000);
  await db.oneTimeToken.create({ data: { tokenHash: hash, purpose, staffId, expiresAt } });
  return { url: `${config.publicUrl}${pagePath[purpose]}#${token}`, expiresAt: expiresAt.toISOString() };
}

/** Checks a link without using it up (so a weak password can be fixed and retried). */
export async function peekOneTimeLink(db: Tx, purpose: LinkPurpose, token: string, at: Date) {
  const row = await db.oneTimeToken.findUnique({ where: { tokenHash: hashOpaqueToken(token) } });
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt <= at) throw invalidLink();
  return row;
}

/** Marks a link used, exactly once, even when two requests race with it. */
export async function consumeOneTimeLink(db: Tx, purpose: LinkPurpose, token: string, at: Date) {
  const row = await peekOneTimeLink(db, purpose, token, at);
  const claimed = await db.oneTimeToken.updateMany({ where: { tokenHash: row.tokenHash, usedAt: null }, data: { usedAt: at } });
  if (claimed.count !== 1) throw invalidLink();
  return row;
}
