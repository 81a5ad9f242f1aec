import type { ImportDeps } from './deps.ts';
import { findImportJob } from './import-view.ts';
import type { ImportRowList, ImportRowsQuery, ImportRowView, RowProblem, RowResult, RowValues } from './schemas.ts';

/** GET /api/imports/:id/rows: the preview, a page at a time; `show=problems` lists only rows with problems. */
export async function listImportRows(deps: Pick<ImportDeps, 'db'>, options: { importId: string; query: ImportRowsQuery }): Promise<ImportRowList> {
  const { importId, query } = options;
  await findImportJob(deps.db, importId);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  const where = { jobId: importId, ...(query.show === 'problems' ? { NOT: { problems: '[]' } } : {}) };
  const [rows, total] = await Promise.all([
    deps.db.importRow.findMany({ where, orderBy: { rowNumber: 'asc' }, skip: (page - 1) * pageSize, take: pageSize }),
    deps.db.importRow.count({ where }),
  ]);
  return { items: rows.map(toImportRowView), total, page, pageSize };
}

export function toImportRowView(row: { rowNumber: number; input: string | null; problems: string; skipped: boolean; result: string | null; holderId: string | null }): ImportRowView {
  return {
    rowNumber: row.rowNumber,
    values: JSON.parse(row.input ?? '{}') as RowValues,
    problems: JSON.parse(row.problems) as RowProblem[],
    skipped: row.skipped,
    result: row.result as RowResult | null,
    holderId: row.holderId,
  };
}
