import { createHash, randomUUID } from 'node:crypto';
import { appendAuditEvent, type AuditContext } from '../audit/record-audit-event.ts';
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
  const rows: { rowNumber: number; cells: string }[] = [];
  const { columns } = await readCsv(file, (cells, rowNumber) => {
    rows.push({ rowNumber, cells: JSON.stringify(cells) });
  });
  const id = randomUUID();
  const job = await inTransaction(deps.db, async (tx) => {
    const created = await tx.importJob.create({
      data: {
        id,
        createdAt: deps.clock(),
        createdById: context.actor?.id ?? null,
        fileHash: createHash('sha256').update(file).digest('hex'),
        columns: JSON.stringify(columns),
        status: 'uploaded',
        totalRows: rows.length,
      },
    });
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await tx.importRow.createMany({ data: rows.slice(i, i + INSERT_CHUNK).map((row) => ({ jobId: id, ...row })) });
    }
    await appendAuditEvent(tx, deps, context, { action: 'import.upload', entityType: 'import', entityId: id, details: { rows: rows.length, columns: columns.length } });
    return created;
  });
  return toImportJobView(deps.db, job);
}
