import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { toSigningKeyView } from './key-view.ts';
import { rotateSigningKey } from './rotate-signing-key.ts';
import type { SigningKeyView } from './schemas.ts';
import { CURRENT_CARD_STATUSES } from '../cards/schemas.ts';

/**
 * For a compromised key: every card it signed becomes not valid at once, and
 * its current cards are revoked (reason key_withdrawn). Withdrawing the active
 * key first rotates to a new one. The answer's unexpiredCards is how many
 * cards were revoked.
 */
export async function withdrawSigningKey(
  deps: Pick<AppDeps, 'db' | 'keyring' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext; kid: string },
): Promise<SigningKeyView> {
  const { db } = deps;
  const { context, kid } = options;
  const key = await db.signingKey.findUnique({ where: { kid } });
  if (!key) throw new AppError('NOT_FOUND', 'No signing key with this kid.');
  if (key.status === 'withdrawn') throw new AppError('KEY_STATE_CONFLICT', 'This key is already withdrawn.');
  if (key.status === 'active') await rotateSigningKey(deps, { context });
  const at = deps.clock();
  // Its cards are revoked too, so staff see them as revoked (and reissue them) and
  // offline verifiers learn it from the status list.
  const [updated, revoked] = await inTransaction(db, async (tx) => {
    const keyRow = await tx.signingKey.update({ where: { kid }, data: { status: 'withdrawn', withdrawnAt: at, retiredAt: key.retiredAt ?? at } });
    const cards = await tx.card.updateMany({
      where: { kid, status: { in: CURRENT_CARD_STATUSES }, expiresAt: { gt: at } },
      data: { status: 'revoked', statusReason: 'key_withdrawn', statusChangedAt: at },
    });
    await appendAuditEvent(tx, deps, context, {
      action: 'key.withdraw', entityType: 'signing_key', entityId: kid, details: { revokedCards: cards.count },
    });
    return [keyRow, cards] as const;
  });
  return toSigningKeyView(updated, revoked.count);
}
