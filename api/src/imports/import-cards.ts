import type { Db } from '../db/database.ts';
import { findImportJob } from './import-view.ts';
import type { ImportCardsResult } from './schemas.ts';

/**
 * GET /api/imports/:id/cards: what the card batch has done so far: the cards
 * it issued (each once, in row order: the print sheet's list), how many
 * already had a card, and each refusal with its reason in words.
 */
export async function importCards(deps: { db: Db }, options: { importId: string }): Promise<ImportCardsResult> {
  const job = await findImportJob(deps.db, options.importId);
  const rows = await deps.db.importRow.findMany({
    where: { jobId: job.id, cardResult: { in: ['issued', 'had_card', 'refused'] } },
    orderBy: { rowNumber: 'asc' },
    select: { rowNumber: true, cardResult: true, cardId: true, cardProblem: true },
  });
  const cardIds = [...new Set(rows.flatMap((row) => (row.cardResult === 'issued' && row.cardId ? [row.cardId] : [])))];
  return {
    cardIds,
    issued: cardIds.length,
    alreadyHadCard: rows.filter((row) => row.cardResult === 'had_card').length,
    refused: rows.flatMap((row) => (row.cardResult === 'refused' ? [{ rowNumber: row.rowNumber, message: row.cardProblem ?? '' }] : [])),
  };
}
