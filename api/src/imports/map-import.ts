import type { AuditContext } from '../audit/record-audit-event.ts';
import { insertRows } from '../db/insert-rows.ts';
import { inTransaction } from '../db/transaction.ts';
import { AppError } from '../errors.ts';
import type { ImportDeps } from './deps.ts';
import { findImportJob, toImportJobView } from './import-view.ts';
import { matchKeys } from './match-holders.ts';
import { rememberMapping } from './remembered-mapping.ts';
import { checkRow, valuesOf } from './row-input.ts';
import type { ImportJobView, MapImportBody, RowProblem } from './schemas.ts';

const CHUNK = 1000;

/**
 * PUT /api/imports/:id/mapping: the dry run. Every row is checked under the
 * mapping with the API's own rules for a new young carer, and a row that is
 * the same young carer as an earlier row of the file is marked. Nothing is
 * imported; the mapping is remembered (by heading) for the next upload.
 * Mapping again starts from the file's cells (fixes made to rows are lost);
 * rows left out stay left out.
 */
export async function mapImport(deps: ImportDeps, options: { context: AuditContext; importId: string; body: MapImportBody }): Promise<ImportJobView> {
  const { importId, body } = options;
  const job = await findImportJob(deps.db, importId);
  if (job.status !== 'uploaded' && job.status !== 'previewed') {
    throw new AppError('IMPORT_STATE_CONFLICT', 'This import has already started; its mapping can no longer change.');
  }
  const columns = JSON.parse(job.columns) as string[];
  for (const [field, index] of Object.entries(body.mapping.fields)) {
    if (index !== undefined && index >= columns.length) throw new AppError('VALIDATION_FAILED', `The file has no column ${index + 1} for ${field}.`, { field: `mapping.fields.${field}` });
  }
  const today = deps.clock();
  const updated = await inTransaction(deps.db, async (tx) => {
    const firstRowOf = new Map<string, number>();
    // A chunk at a time, read and rewritten (delete and insert: two statements, not one per row), so memory stays flat.
    for (let after = 0; ;) {
      const rows = await tx.importRow.findMany({
        where: { jobId: importId, rowNumber: { gt: after } },
        orderBy: { rowNumber: 'asc' },
        take: CHUNK,
        select: { rowNumber: true, cells: true, skipped: true },
      });
      if (rows.length === 0) break;
      after = rows.at(-1)!.rowNumber;
      const checked = rows.map((row) => {
        const values = valuesOf(JSON.parse(row.cells) as string[], body.mapping);
        const { input, problems } = checkRow(values, body.mapping.defaults, today);
        const all: RowProblem[] = [...problems];
        if (input) {
          for (const key of matchKeys(input)) {
            const first = firstRowOf.get(key);
            if (first !== undefined) {
              all.push({ field: key.startsWith('ref:') ? 'reference' : 'givenName', message: `The same young carer as row ${first} (${key.startsWith('ref:') ? 'same reference' : 'same name and date of birth'}).` });
              break;
            }
          }
          for (const key of matchKeys(input)) if (!firstRowOf.has(key)) firstRowOf.set(key, row.rowNumber);
        }
        return { jobId: importId, rowNumber: row.rowNumber, cells: row.cells, skipped: row.skipped, input: JSON.stringify(values), problems: JSON.stringify(all) };
      });
      await tx.importRow.deleteMany({ where: { jobId: importId, rowNumber: { gte: rows[0]!.rowNumber, lte: after } } });
      await insertRows(tx, 'ImportRow', ['jobId', 'rowNumber', 'cells', 'skipped', 'input', 'problems'], checked);
    }
    await rememberMapping({ db: tx }, columns, body.mapping, body.onMatch);
    const moved = await tx.importJob.updateMany({
      where: { id: importId, status: { in: ['uploaded', 'previewed'] } },
      data: { mapping: JSON.stringify(body.mapping), onMatch: body.onMatch, status: 'previewed' },
    });
    if (moved.count !== 1) throw new AppError('IMPORT_STATE_CONFLICT', 'This import has already started; its mapping can no longer change.');
    return tx.importJob.findUniqueOrThrow({ where: { id: importId } });
  }, { timeout: 60_000 });
  return toImportJobView(deps.db, updated);
}
