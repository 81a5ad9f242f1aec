/**
 * One CSV line (RFC 4180, CRLF) as Excel reads it. A cell that starts with
 * = + - @ (or a tab or carriage return) gets a leading apostrophe, so a
 * spreadsheet never runs a name as a formula (CSV injection).
 */
export function csvLine(cells: (string | number | null | undefined)[]): string {
  return `${cells.map((cell) => csvCell(cell)).join(',')}\r\n`;
}

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Excel opens a UTF-8 CSV correctly only when it starts with a byte order mark. */
export const UTF8_BOM = '\uFEFF';
