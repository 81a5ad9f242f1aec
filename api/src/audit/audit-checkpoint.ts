import type { Tx } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import type { AuditCheckpoint } from '../generated/sqlite/client.ts';
import type { AuditCheckpointView } from './schemas.ts';

/**
 * Inside `tx`: signs a checkpoint of the head as it is now, when the head is
 * validly signed and newer than the last checkpoint (`due` may ask for more:
 * enough events or time since then). Returns the checkpoint written, or null.
 *
 * It first takes the head row's lock (a no-op update), so it reads the head
 * last committed and two processes never sign the same position.
 */
export async function writeAuditCheckpoint(
  tx: Tx,
  deps: Pick<AppDeps, 'clock' | 'auditSigner'>,
  due: (since: { position: number; at: Date } | null, head: { position: number }) => boolean = () => true,
): Promise<AuditCheckpoint | null> {
  const locked = await tx.auditChainHead.updateMany({ where: { id: 1 }, data: { appends: { increment: 0 } } });
  if (locked.count === 0) return null;
  const head = await tx.auditChainHead.findUniqueOrThrow({ where: { id: 1 } });
  if (head.position === 0 || !deps.auditSigner.verifyHead(head)) return null;
  const last = await tx.auditCheckpoint.findFirst({ orderBy: { position: 'desc' }, select: { position: true, at: true } });
  if ((last && last.position >= head.position) || !due(last, head)) return null;
  const at = deps.clock();
  const signature = deps.auditSigner.signCheckpoint({ position: head.position, hash: head.hash, at });
  return tx.auditCheckpoint.create({ data: { position: head.position, hash: head.hash, at, signature } });
}

export function toAuditCheckpointView(row: AuditCheckpoint): AuditCheckpointView {
  return { position: row.position, hash: row.hash, at: row.at.toISOString(), signature: row.signature };
}
