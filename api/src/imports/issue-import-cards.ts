import type { AuditContext } from '../audit/record-audit-event.ts';
import type { CardDeps } from '../cards/deps.ts';
import { issueCard } from '../cards/issue-card.ts';
import { AppError } from '../errors.ts';
import { findImportJob } from './import-view.ts';
import type { ImportCardsResult } from './schemas.ts';

/**
 * POST /api/imports/:id/cards: a card for every young carer the import
 * created or updated (or found unchanged), through the one card-issuing
 * use-case, so every rule holds (one current card each, age, printable
 * name) and each card is audited. The import's id is the Idempotency-Key:
 * calling again returns the same cards and issues none twice.
 */
export async function issueImportCards(deps: CardDeps, options: { context: AuditContext; importId: string }): Promise<ImportCardsResult> {
  const { context, importId } = options;
  const job = await findImportJob(deps.db, importId);
  if (job.status !== 'done') throw new AppError('IMPORT_STATE_CONFLICT', 'Cards can be issued once the import has finished.');
  const rows = await deps.db.importRow.findMany({
    where: { jobId: importId, result: { in: ['created', 'updated', 'unchanged'] }, NOT: { holderId: null } },
    orderBy: { rowNumber: 'asc' },
    select: { rowNumber: true, holderId: true },
  });
  const result: ImportCardsResult = { cardIds: [], issued: 0, alreadyHadCard: 0, refused: [] };
  const seen = new Set<string>();
  for (const row of rows) {
    const holderId = row.holderId!;
    if (seen.has(holderId)) continue;
    seen.add(holderId);
    try {
      const { card } = await issueCard(deps, { context, holderId, idempotencyKey: `import-${importId}` });
      result.cardIds.push(card.id);
      result.issued++;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'HOLDER_HAS_CURRENT_CARD') result.alreadyHadCard++;
      else result.refused.push({ rowNumber: row.rowNumber, message: error.message });
    }
  }
  return result;
}
