import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { ImportDeps } from './deps.ts';
import { findImportJob, importJobViewNow } from './import-view.ts';
import { IMPORT_TURN } from './run-import-batch.ts';
import type { ImportJobView } from './schemas.ts';

/**
 * POST /api/imports/:id/run: from preview to running, once (a conditional
 * update: a second click, from any tab or process, is a 409). The rows are
 * imported in the background; the page polls GET /api/imports/:id.
 */
export async function startImport(deps: ImportDeps & Pick<AppDeps, 'jobs' | 'reads'>, options: { context: AuditContext; importId: string }): Promise<ImportJobView> {
  const { context, importId } = options;
  await findImportJob(deps.db, importId);
  try {
    await deps.db.setting.upsert({ where: { key: IMPORT_TURN }, create: { key: IMPORT_TURN, value: 'null' }, update: {} });
  } catch (error) {
    // Two first imports at once: the other one made the row.
    if (!isUniqueViolation(error)) throw error;
  }
  await inTransaction(deps.db, async (tx) => {
    const moved = await tx.importJob.updateMany({ where: { id: importId, status: 'previewed' }, data: { status: 'running', startedAt: deps.clock() } });
    if (moved.count !== 1) throw new AppError('IMPORT_STATE_CONFLICT', 'This import is not waiting to run: map the columns first, or it has already started.');
    const ready = await tx.importRow.count({ where: { jobId: importId, skipped: false, problems: '[]' } });
    await appendAuditEvent(tx, deps, context, { action: 'import.start', entityType: 'import', entityId: importId, details: { rows: ready } });
  });
  void deps.jobs.imports.runNow();
  // On the read connection: the first batch, just started, holds the ORM's connection (SQLite) until it commits.
  return importJobViewNow(deps, importId);
}
