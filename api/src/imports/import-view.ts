import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { ImportJob } from '../generated/sqlite/client.ts';
import { mappingFor } from './remembered-mapping.ts';
import type { ImportJobView, ImportMapping, ImportStatus, OnMatch, RowResult } from './schemas.ts';

/** The rows whose young carer the batch card issue goes through. */
export const CARD_ROW_RESULTS: RowResult[] = ['created', 'updated', 'unchanged'];

export async function findImportJob(db: Db, id: string): Promise<ImportJob> {
  const job = await db.importJob.findUnique({ where: { id } });
  if (!job) throw new AppError('NOT_FOUND', 'No import with this id.');
  return job;
}

/** The job as the page shows it; the counts are read from the rows, so they are what is committed. */
export async function toImportJobView(db: Db, job: ImportJob): Promise<ImportJobView> {
  const columns = JSON.parse(job.columns) as string[];
  const [skipped, problems, results, sameFile, cardResults, cardsIssued] = await Promise.all([
    db.importRow.count({ where: { jobId: job.id, skipped: true } }),
    db.importRow.count({ where: { jobId: job.id, skipped: false, NOT: { problems: '[]' } } }),
    db.importRow.groupBy({ by: ['result'], where: { jobId: job.id, NOT: { result: null } }, _count: { _all: true } }),
    db.importJob.count({ where: { fileHash: job.fileHash, status: 'done', NOT: { id: job.id } } }),
    db.importRow.groupBy({ by: ['cardResult'], where: { jobId: job.id, result: { in: CARD_ROW_RESULTS } }, _count: { _all: true } }),
    db.importRow.findMany({ where: { jobId: job.id, cardResult: 'issued' }, distinct: ['cardId'], select: { cardId: true } }),
  ]);
  const byCardResult = (result: string | null) => cardResults.find((r) => r.cardResult === result)?._count._all ?? 0;
  const cardRows = cardResults.reduce((sum, r) => sum + r._count._all, 0);
  const byResult = (result: RowResult) => results.find((r) => r.result === result)?._count._all ?? 0;
  const done = results.reduce((sum, r) => sum + r._count._all, 0);
  const remembered = job.mapping ? null : await mappingFor({ db }, columns);
  const mapping = job.mapping ? (JSON.parse(job.mapping) as ImportMapping) : remembered?.mapping ?? null;
  const mapped = job.mapping !== null;
  return {
    id: job.id,
    createdAt: job.createdAt.toISOString(),
    status: job.status as ImportStatus,
    columns,
    mapping,
    mappingRemembered: !mapped && (remembered?.remembered ?? false),
    onMatch: (mapped ? job.onMatch : remembered?.onMatch ?? job.onMatch) as OnMatch,
    sameFileImportedBefore: sameFile > 0,
    counts: {
      total: job.totalRows,
      problems: mapped ? problems : 0,
      skipped,
      ready: mapped ? job.totalRows - skipped - problems : 0,
      done,
      created: byResult('created'),
      updated: byResult('updated'),
      unchanged: byResult('unchanged'),
      matchedSkipped: byResult('matched_skipped'),
      duplicate: byResult('duplicate'),
    },
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    cards: {
      status: (job.cardsStatus ?? 'not_started') as ImportJobView['cards']['status'],
      total: cardRows,
      done: cardRows - byCardResult(null),
      issued: cardsIssued.length,
      alreadyHadCard: byCardResult('had_card'),
      refused: byCardResult('refused'),
    },
  };
}
