import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { inTransaction } from '../db/transaction.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { ImportDeps } from './deps.ts';
import { CARD_ROW_RESULTS, findImportJob, toImportJobView } from './import-view.ts';
import type { ImportJobView } from './schemas.ts';

/**
 * POST /api/imports/:id/cards: starts the batch that issues a card to
 * everyone the import brought in. Started once, by a conditional update:
 * a second start (another tab, another admin, another process, at the same
 * moment) changes nothing and gets the same job back. The cards are issued
 * in the background; the page polls GET /api/imports/:id.
 */
export async function startImportCards(
  deps: ImportDeps & Pick<AppDeps, 'jobs'>,
  options: { context: AuditContext; importId: string },
): Promise<{ job: ImportJobView; started: boolean }> {
  const { context, importId } = options;
  const job = await findImportJob(deps.db, importId);
  if (job.status !== 'done') throw new AppError('IMPORT_STATE_CONFLICT', 'Cards can be issued once the import has finished.');
  const started = await inTransaction(deps.db, async (tx) => {
    const moved = await tx.importJob.updateMany({
      where: { id: importId, status: 'done', cardsStatus: null },
      data: { cardsStatus: 'running', cardsStartedAt: deps.clock(), cardsStartedById: context.actor?.id ?? null },
    });
    if (moved.count !== 1) return false;
    const rows = await tx.importRow.count({ where: { jobId: importId, result: { in: CARD_ROW_RESULTS }, NOT: { holderId: null } } });
    await appendAuditEvent(tx, deps, context, { action: 'import.cards.start', entityType: 'import', entityId: importId, details: { rows } });
    return true;
  });
  void deps.jobs.imports.runNow();
  return { job: await toImportJobView(deps.db, await findImportJob(deps.db, importId)), started };
}
