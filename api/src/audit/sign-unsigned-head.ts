import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';

/**
 * Signs a head that has never been signed: the chain as it stood when this
 * version first started (the migration numbers the events and points the
 * head at the last one). Called only when the audit key was made by this
 * start, so it is trust on first use, once; a head unsigned later (one that
 * an append found broken) stays unsigned while the key exists.
 */
export async function signUnsignedHead(deps: Pick<AppDeps, 'db' | 'auditSigner'>): Promise<number | null> {
  return inTransaction(deps.db, async (tx) => {
    const head = await tx.auditChainHead.findUnique({ where: { id: 1 } });
    if (!head || head.position === 0 || head.signature !== null) return null;
    const signature = deps.auditSigner.signHead(head);
    const signed = await tx.auditChainHead.updateMany({ where: { id: 1, position: head.position, hash: head.hash, signature: null }, data: { signature } });
    return signed.count === 1 ? head.position : null;
  });
}
