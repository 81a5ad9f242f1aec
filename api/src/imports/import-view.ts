import type { Db } from '../db/database.ts';
import { readDate, readOptionalDate, type ReadConnection } from '../db/read-connection.ts';
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

/** What the view counts from a job's rows (all committed). */
type RowCounts = {
  skipped: number;
  problems: number;
  byResult: Map<string, number>;
  /** Rows whose young carer the card batch goes through, by card result ('' for not yet done) */
  byCardResult: Map<string, number>;
  cardsIssued: number;
  sameFileDone: number;
};

/** The job as the page shows it; the counts are read from the rows, so they are what is committed. */
export async function toImportJobView(db: Db, job: ImportJob): Promise<ImportJobView> {
  const [skipped, problems, results, sameFile, cardResults, cardsIssued] = await Promise.all([
    db.importRow.count({ where: { jobId: job.id, skipped: true } }),
    db.importRow.count({ where: { jobId: job.id, skipped: false, NOT: { problems: '[]' } } }),
    db.importRow.groupBy({ by: ['result'], where: { jobId: job.id, NOT: { result: null } }, _count: { _all: true } }),
    db.importJob.count({ where: { fileHash: job.fileHash, status: 'done', NOT: { id: job.id } } }),
    db.importRow.groupBy({ by: ['cardResult'], where: { jobId: job.id, result: { in: CARD_ROW_RESULTS } }, _count: { _all: true } }),
    db.importRow.findMany({ where: { jobId: job.id, cardResult: 'issued' }, distinct: ['cardId'], select: { cardId: true } }),
  ]);
  const remembered = job.mapping ? null : await mappingFor({ db }, columnsOf(job));
  return viewOf(job, remembered, {
    skipped,
    problems,
    byResult: new Map(results.map((r) => [r.result!, r._count._all])),
    byCardResult: new Map(cardResults.map((r) => [r.cardResult ?? '', r._count._all])),
    cardsIssued: cardsIssued.length,
    sameFileDone: sameFile,
  });
}

/**
 * GET /api/imports/:id, the page's poll, on the read connection (its own
 * connection: on SQLite a reader never waits for the import's batch
 * transactions, which hold the ORM's one connection, so progress shows as
 * soon as a batch commits). Three prepared statements. A job not yet mapped
 * (its remembered mapping is looked up) takes the ORM path.
 */
export async function importJobViewNow(deps: { db: Db; reads: ReadConnection }, id: string): Promise<ImportJobView> {
  const [row] = await deps.reads.all<Record<string, unknown>>('import.job', 'SELECT * FROM "ImportJob" WHERE "id" = ?', [id]);
  if (!row) throw new AppError('NOT_FOUND', 'No import with this id.');
  const job = {
    ...(row as unknown as ImportJob),
    totalRows: Number(row.totalRows),
    createdAt: readDate(row.createdAt),
    startedAt: readOptionalDate(row.startedAt),
    finishedAt: readOptionalDate(row.finishedAt),
    cardsStartedAt: readOptionalDate(row.cardsStartedAt),
    cardsFinishedAt: readOptionalDate(row.cardsFinishedAt),
  } satisfies ImportJob;
  if (!job.mapping) return toImportJobView(deps.db, job);
  const [groups, [issued], [sameFile]] = await Promise.all([
    deps.reads.all<{ result: string | null; cardResult: string | null; skipped: unknown; clean: unknown; n: unknown }>(
      'import.rowCounts',
      `SELECT "result", "cardResult", "skipped", CASE WHEN "problems" = '[]' THEN 1 ELSE 0 END AS "clean", count(*) AS "n"
       FROM "ImportRow" WHERE "jobId" = ? GROUP BY "result", "cardResult", "skipped", CASE WHEN "problems" = '[]' THEN 1 ELSE 0 END`,
      [id],
    ),
    deps.reads.all<{ n: unknown }>('import.cardsIssued', `SELECT count(DISTINCT "cardId") AS "n" FROM "ImportRow" WHERE "jobId" = ? AND "cardResult" = 'issued'`, [id]),
    deps.reads.all<{ n: unknown }>('import.sameFile', `SELECT count(*) AS "n" FROM "ImportJob" WHERE "fileHash" = ? AND "status" = 'done' AND "id" <> ?`, [job.fileHash, id]),
  ]);
  const counts: RowCounts = { skipped: 0, problems: 0, byResult: new Map(), byCardResult: new Map(), cardsIssued: Number(issued?.n ?? 0), sameFileDone: Number(sameFile?.n ?? 0) };
  const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  for (const group of groups) {
    const n = Number(group.n);
    // SQLite gives booleans as 0/1, PostgreSQL as true/false.
    const skipped = group.skipped === true || Number(group.skipped) === 1;
    if (skipped) counts.skipped += n;
    else if (Number(group.clean) !== 1) counts.problems += n;
    if (group.result !== null) add(counts.byResult, group.result, n);
    if (group.result !== null && (CARD_ROW_RESULTS as string[]).includes(group.result)) add(counts.byCardResult, group.cardResult ?? '', n);
  }
  return viewOf(job, null, counts);
}

const columnsOf = (job: ImportJob) => JSON.parse(job.columns) as string[];

function viewOf(job: ImportJob, remembered: Awaited<ReturnType<typeof mappingFor>> | null, rows: RowCounts): ImportJobView {
  const { skipped, problems } = rows;
  const byCardResult = (result: string | null) => rows.byCardResult.get(result ?? '') ?? 0;
  const cardRows = [...rows.byCardResult.values()].reduce((sum, n) => sum + n, 0);
  const byResult = (result: RowResult) => rows.byResult.get(result) ?? 0;
  const done = [...rows.byResult.values()].reduce((sum, n) => sum + n, 0);
  const mapping = job.mapping ? (JSON.parse(job.mapping) as ImportMapping) : remembered?.mapping ?? null;
  const mapped = job.mapping !== null;
  return {
    id: job.id,
    createdAt: job.createdAt.toISOString(),
    status: job.status as ImportStatus,
    columns: columnsOf(job),
    mapping,
    mappingRemembered: !mapped && (remembered?.remembered ?? false),
    onMatch: (mapped ? job.onMatch : remembered?.onMatch ?? job.onMatch) as OnMatch,
    sameFileImportedBefore: rows.sameFileDone > 0,
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
      issued: rows.cardsIssued,
      alreadyHadCard: byCardResult('had_card'),
      refused: byCardResult('refused'),
    },
  };
}
