import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { toSigningKeyView } from './key-view.ts';
import type { SigningKeyView } from './schemas.ts';

/** New cards are signed with a new key; cards signed with the old one keep verifying. */
export async function rotateSigningKey(deps: Pick<AppDeps, 'db' | 'keyring' | 'clock' | 'auditSigner'>, options: { context: AuditContext }): Promise<SigningKeyView> {
  const { db } = deps;
  const at = deps.clock();
  const key = await deps.keyring.generate();
  const created = await inTransaction(db, async (tx) => {
    await tx.signingKey.updateMany({ where: { status: 'active' }, data: { status: 'retired', retiredAt: at } });
    const row = await tx.signingKey.create({ data: { kid: key.kid, publicJwk: JSON.stringify(key.publicJwk), status: 'active', createdAt: at } });
    await appendAuditEvent(tx, deps, options.context, { action: 'key.rotate', entityType: 'signing_key', entityId: key.kid });
    return row;
  });
  return toSigningKeyView(created, 0);
}
