import { csvLine, UTF8_BOM } from '../exports/csv-line.ts';
import type { ImportDeps } from './deps.ts';
import { findImportJob } from './import-view.ts';
import type { RowProblem } from './schemas.ts';

const REASONS: Record<string, string> = {
  matched_skipped: 'Matches a young carer already registered; left as they were (you chose to skip matches).',
  duplicate: 'The same young carer as an earlier row of this file; imported once.',
};

/**
 * GET /api/imports/:id/report.csv: every row that was not imported as it
 * stood, and why, in words. Row numbers and reasons only: no names or other
 * values from the file, so the report is safe to keep with the import notes.
 */
export async function importReport(deps: Pick<ImportDeps, 'db'>, options: { importId: string }): Promise<string> {
  const job = await findImportJob(deps.db, options.importId);
  const rows = await deps.db.importRow.findMany({
    where: { jobId: job.id, OR: [{ skipped: true }, { NOT: { problems: '[]' } }, { result: { in: ['matched_skipped', 'duplicate'] } }] },
    orderBy: { rowNumber: 'asc' },
    select: { rowNumber: true, skipped: true, problems: true, result: true },
  });
  let text = UTF8_BOM + csvLine(['Row', 'Outcome', 'Reason']);
  for (const row of rows) {
    const problems = JSON.parse(row.problems) as RowProblem[];
    // Row 1 is the first row under the headings, as on the preview page.
    const line = row.rowNumber;
    if (row.skipped) text += csvLine([line, 'left out', 'You chose to leave this row out.']);
    else if (problems.length > 0) text += csvLine([line, 'not imported', problems.map((p) => p.message).join(' ')]);
    else text += csvLine([line, row.result === 'duplicate' ? 'imported once' : 'skipped', REASONS[row.result ?? ''] ?? '']);
  }
  return text;
}
