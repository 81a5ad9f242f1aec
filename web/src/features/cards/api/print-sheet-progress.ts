/**
 * A print sheet's stream carries a line after each sheet of cards:
 * `%%YC-PROGRESS <done>/<total>` (a PDF comment, so PDF readers skip it).
 * Only a whole line counts, ended by its newline: a line cut between two
 * chunks is completed by the end of the previous chunk, kept for the next.
 */
const MARKER = /%%YC-PROGRESS (\d+)\/(\d+)\r?\n/g;
/** Longer than any marker line. */
const CARRY = 48;

export type PrintSheetProgress = { done: number; total: number };

/** Feed it each chunk as it arrives; it answers the latest progress line seen, or null when a chunk holds none. */
export function progressScanner(): (chunk: Uint8Array) => PrintSheetProgress | null {
  // windows-1252 maps every byte to one character, so binary PDF data cannot swallow a marker.
  const decoder = new TextDecoder('latin1');
  let carried = '';
  return (chunk) => {
    const text = carried + decoder.decode(chunk);
    let latest: PrintSheetProgress | null = null;
    for (const match of text.matchAll(MARKER)) latest = { done: Number(match[1]), total: Number(match[2]) };
    carried = text.slice(-CARRY);
    return latest;
  };
}
