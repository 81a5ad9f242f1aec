import { AppError } from '../errors.ts';
import type { ImportDeps } from './deps.ts';
import { findImportJob } from './import-view.ts';
import { toImportRowView } from './list-import-rows.ts';
import { checkRow } from './row-input.ts';
import type { ImportMapping, ImportRowView, UpdateImportRowBody } from './schemas.ts';

/**
 * PATCH /api/imports/:id/rows/:rowNumber: fix a row's values (checked again
 * with the same rules) or leave it out, before the import runs. Only while
 * the import is at preview (the update is conditional on it).
 */
export async function updateImportRow(deps: Pick<ImportDeps, 'db' | 'clock'>, options: { importId: string; rowNumber: number; body: UpdateImportRowBody }): Promise<ImportRowView> {
  const { importId, rowNumber, body } = options;
  const job = await findImportJob(deps.db, importId);
  const data: { skipped?: boolean; input?: string; problems?: string } = {};
  if (body.skipped !== undefined) data.skipped = body.skipped;
  if (body.values) {
    const mapping = JSON.parse(job.mapping ?? '{"fields":{},"defaults":{}}') as ImportMapping;
    const { problems } = checkRow(body.values, mapping.defaults, deps.clock());
    data.input = JSON.stringify(body.values);
    data.problems = JSON.stringify(problems);
  }
  const changed = await deps.db.importRow.updateMany({ where: { jobId: importId, rowNumber, job: { status: 'previewed' } }, data });
  if (changed.count !== 1) {
    const row = await deps.db.importRow.findUnique({ where: { jobId_rowNumber: { jobId: importId, rowNumber } } });
    if (!row) throw new AppError('NOT_FOUND', `The import has no row ${rowNumber}.`);
    throw new AppError('IMPORT_STATE_CONFLICT', 'Rows can be fixed or left out only while the import is at preview.');
  }
  return toImportRowView(await deps.db.importRow.findUniqueOrThrow({ where: { jobId_rowNumber: { jobId: importId, rowNumber } } }));
}
