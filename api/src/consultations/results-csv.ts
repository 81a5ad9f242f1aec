import type { AppDeps } from '../deps.ts';
import { csvLine } from '../exports/csv-line.ts';
import { findConsultation, resultsOf } from './consultation-view.ts';

/** The results as CSV (option, count), with the same threshold: under it the counts read "fewer than 5 answers so far". */
export async function consultationResultsCsv(deps: Pick<AppDeps, 'db'>, options: { consultationId: string }): Promise<string> {
  const row = await findConsultation(deps.db, options.consultationId);
  const results = await resultsOf(deps.db, row);
  const lines = [csvLine(['option', 'answers'])];
  for (const option of results.options) lines.push(csvLine([option.label, option.count === null ? 'fewer than 5 answers so far' : String(option.count)]));
  return lines.join('');
}
