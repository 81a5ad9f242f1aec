import { createHash, randomUUID } from 'node:crypto';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
import { insertRows } from '../db/insert-rows.ts';
import { inTransaction } from '../db/transaction.ts';
import type { ImportDeps } from './deps.ts';
import { toImportJobView } from './import-view.ts';
import { readCsv } from './read-csv.ts';
import type { ImportJobView } from './schemas.ts';

const INSERT_CHUNK = 500;

/**
 * POST /api/imports: reads the uploaded register and keeps its rows for the
 * next steps (mapping, preview, run). Nothing about a young carer is created
 * yet. The audit event says how many rows, never what is in them.
 */
export async function createImport(deps: ImportDeps, options: { context: AuditContext; file: Buffer }): Promise<ImportJobView> {
  const { context, file } = options;
  const id = randomUUID();
  // Rows go to the database a chunk at a time as the parser reads them; a file that turns out unreadable rolls back whole.
  const job = await inTransaction(deps.db, async (tx) => {
    await tx.importJob.create({
      data: {
        id,
        createdAt: deps.clock(),
        createdById: context.actor?.id ?? null,
        fileHash: createHash('sha256').update(file).digest('hex'),
        columns: '[]',
        status: 'uploaded',
        totalRows: 0,
      },
    });
    let chunk: { jobId: string; rowNumber: number; cells: string }[] = [];
    const flush = async () => {
      if (chunk.length > 0) await insertRows(tx, 'ImportRow', ['jobId', 'rowNumber', 'cells'], chunk);
      chunk = [];
    };
    const { columns, rows } = await readCsv(file, async (cells, rowNumber) => {
      chunk.push({ jobId: id, rowNumber, cells: JSON.stringify(cells) });
      if (chunk.length >= INSERT_CHUNK) await flush();
    });
    await flush();
    const created = await tx.importJob.update({ where: { id }, data: { columns: JSON.stringify(columns), totalRows: rows } });
    await appendAuditEvent(tx, deps, context, { action: 'import.upload', entityType: 'import', entityId: id, details: { rows, columns: columns.length } });
    return created;
  }, { timeout: 60_000 });
  return toImportJobView(deps.db, job);
}
