import { appendAuditEvent } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';

/** An upload nobody ran for this long holds a copy of a register for nothing: it goes. */
export const ABANDONED_IMPORT_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * Part of the retention job: imports uploaded or checked but never run for
 * ABANDONED_IMPORT_DAYS are deleted with their rows (the cells of a file
 * are children's personal data; a finished import already wiped them). Each
 * in its own transaction with one `import.erase` event (counts only), and
 * conditional on the import still not running, so a run started meanwhile
 * is left alone and several processes delete each once. Returns how many.
 */
export async function eraseAbandonedImports(deps: Pick<AppDeps, 'db' | 'clock' | 'auditSigner'>): Promise<number> {
  const before = new Date(deps.clock().getTime() - ABANDONED_IMPORT_DAYS * DAY_MS);
  const abandoned = { status: { in: ['uploaded', 'previewed'] }, createdAt: { lt: before } };
  const due = await deps.db.importJob.findMany({ where: abandoned, select: { id: true } });
  let erased = 0;
  for (const { id } of due) {
    const done = await inTransaction(deps.db, async (tx) => {
      const rows = await tx.importRow.count({ where: { jobId: id } });
      const deleted = await tx.importJob.deleteMany({ where: { id, ...abandoned } });
      if (deleted.count !== 1) return false;
      await tx.importRow.deleteMany({ where: { jobId: id } });
      await appendAuditEvent(tx, deps, { actor: null, ip: null }, {
        action: 'import.erase', entityType: 'import', entityId: id, details: { trigger: 'retention', rows },
      });
      return true;
    });
    if (done) erased += 1;
  }
  return erased;
}
