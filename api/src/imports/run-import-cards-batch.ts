import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import type { CardDeps } from '../cards/deps.ts';
import { issueCard } from '../cards/issue-card.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import { CARD_ROW_RESULTS } from './import-view.ts';

/** Rows per batch: each card is its own transaction (with its audit event); the batch is how often progress is written. */
export const IMPORT_CARDS_BATCH = 25;

/**
 * Issues the cards for the next rows of a started card batch. Each card goes
 * through the one card-issuing use-case (every rule holds: one current card
 * each, enforced by the database; age; printable name; its audit event in
 * the card's own transaction), with the import as the Idempotency-Key. So a
 * batch repeated after a crash, or run by two processes at once, gets the
 * same card back instead of a second one. Each row's outcome is then written
 * only if the row is still pending. Returns false when nothing is left (the
 * job is then marked done, once, with an audit event of the counts).
 */
export async function runImportCardsBatch(deps: CardDeps, importId: string, size = IMPORT_CARDS_BATCH): Promise<boolean> {
  const job = await deps.db.importJob.findUnique({ where: { id: importId } });
  if (!job || job.cardsStatus !== 'running') return false;
  const staff = job.cardsStartedById ? await deps.db.staff.findUnique({ where: { id: job.cardsStartedById }, select: { id: true, email: true } }) : null;
  const context: AuditContext = { actor: staff, ip: null };
  const rows = await deps.db.importRow.findMany({
    where: { jobId: importId, result: { in: CARD_ROW_RESULTS }, NOT: { holderId: null }, cardResult: null },
    orderBy: { rowNumber: 'asc' },
    take: size,
    select: { rowNumber: true, holderId: true },
  });
  if (rows.length === 0) {
    await inTransaction(deps.db, async (tx) => {
      const moved = await tx.importJob.updateMany({ where: { id: importId, cardsStatus: 'running' }, data: { cardsStatus: 'done', cardsFinishedAt: deps.clock() } });
      if (moved.count !== 1) return;
      const counts = await tx.importRow.groupBy({ by: ['cardResult'], where: { jobId: importId, NOT: { cardResult: null } }, _count: { _all: true } });
      const details = Object.fromEntries(counts.map((c) => [c.cardResult!, c._count._all]));
      await appendAuditEvent(tx, deps, context, { action: 'import.cards.finish', entityType: 'import', entityId: importId, details });
    });
    return false;
  }
  for (const row of rows) {
    const holderId = row.holderId!;
    let outcome: { cardResult: string; cardId: string | null; cardProblem: string | null };
    const earlier = await deps.db.importRow.findFirst({ where: { jobId: importId, holderId, cardResult: { not: null }, rowNumber: { lt: row.rowNumber } }, select: { rowNumber: true } });
    if (earlier) {
      outcome = { cardResult: 'same_holder', cardId: null, cardProblem: null };
    } else {
      try {
        const { card } = await issueCard(deps, { context, holderId, idempotencyKey: `import-${importId}` });
        outcome = { cardResult: 'issued', cardId: card.id, cardProblem: null };
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        outcome = error.code === 'HOLDER_HAS_CURRENT_CARD'
          ? { cardResult: 'had_card', cardId: null, cardProblem: null }
          : { cardResult: 'refused', cardId: null, cardProblem: error.message };
      }
    }
    await deps.db.importRow.updateMany({ where: { jobId: importId, rowNumber: row.rowNumber, cardResult: null }, data: outcome });
  }
  return true;
}
