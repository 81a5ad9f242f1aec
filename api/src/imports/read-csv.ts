import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../errors.ts';
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from './schemas.ts';

/** Longest cell we keep (the longest holder field, notes, is 4,000 characters). */
const MAX_CELL = 4000;

/**
 * The delimiter of the heading line: Excel writes `;` where the decimal
 * separator is a comma, `,` elsewhere. Counted outside quotes.
 */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * Reads a CSV file (UTF-8, with or without BOM; comma or semicolon; quoted
 * cells may hold newlines) into its heading and rows, row by row through
 * csv-parse's stream. Blank lines are skipped; short rows are padded. Any
 * problem with the file as a whole is IMPORT_FILE_INVALID, naming the line
 * but never its content.
 */
export async function readCsv(file: Buffer, onRow: (cells: string[], rowNumber: number) => Promise<void> | void): Promise<{ columns: string[]; rows: number }> {
  const head = file.subarray(0, 64 * 1024).toString('utf8').replace(/^\uFEFF/, '');
  const parser = Readable.from([file]).pipe(
    parse({ bom: true, delimiter: detectDelimiter(head), relax_column_count: true, skip_empty_lines: true, max_record_size: 64 * 1024 }),
  );
  let columns: string[] | undefined;
  let rows = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      const cells = record.map((cell) => cell.trim());
      if (cells.every((cell) => cell === '')) continue;
      if (!columns) {
        if (cells.length > MAX_IMPORT_COLUMNS) throw new AppError('IMPORT_FILE_INVALID', `The file has more than ${MAX_IMPORT_COLUMNS} columns.`, { field: 'file' });
        columns = cells.map((cell, index) => cell || `Column ${index + 1}`);
        continue;
      }
      rows++;
      if (rows > MAX_IMPORT_ROWS) throw new AppError('IMPORT_FILE_INVALID', `The file has more than ${MAX_IMPORT_ROWS} rows; import it in parts.`, { field: 'file' });
      const padded = columns.map((_, index) => (cells[index] ?? '').slice(0, MAX_CELL));
      await onRow(padded, rows);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const line = (error as { lines?: unknown }).lines;
    throw new AppError('IMPORT_FILE_INVALID', `The file is not a CSV file we can read${typeof line === 'number' ? ` (near line ${line})` : ''}. Save it from your spreadsheet as "CSV UTF-8".`, {
      field: 'file',
      cause: error,
    });
  }
  if (!columns) throw new AppError('IMPORT_FILE_INVALID', 'The file is empty: it needs a heading row and at least one row.', { field: 'file' });
  if (rows === 0) throw new AppError('IMPORT_FILE_INVALID', 'The file has a heading row but no rows.', { field: 'file' });
  return { columns, rows };
}
