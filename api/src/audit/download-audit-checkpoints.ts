import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { toAuditCheckpointView, writeAuditCheckpoint } from './audit-checkpoint.ts';
import { appendAuditEvent, type AuditContext } from './record-audit-event.ts';
import type { AuditCheckpointFile } from './schemas.ts';

/**
 * Every signed checkpoint and the audit public key, for an admin to keep
 * away from this server. The download is recorded, and a fresh checkpoint
 * signed right after that event, so the file covers the log up to now.
 */
export async function downloadAuditCheckpoints(
  deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>,
  options: { context: AuditContext },
): Promise<AuditCheckpointFile> {
  await inTransaction(deps.db, async (tx) => {
    await appendAuditEvent(tx, deps, options.context, { action: 'audit.checkpoints_download' });
    // After the append, in its transaction: the head row is still locked, so this is that event's head.
    await writeAuditCheckpoint(tx, deps);
  });
  const rows = await deps.db.auditCheckpoint.findMany({ orderBy: { position: 'asc' } });
  return {
    format: 'ycards-audit-checkpoints',
    version: 1,
    keyId: deps.auditSigner.keyId,
    publicKey: deps.auditSigner.publicKey,
    downloadedAt: deps.clock().toISOString(),
    checkpoints: rows.map(toAuditCheckpointView),
  };
}
