import type { ReportCount } from './schemas.ts';

/** Below this a count is not published. */
export const SMALLEST_SHOWN = 5;

/** The hidden cells of one breakdown add up to at least this, so no hidden cell can be pinned down from the others. */
const HIDDEN_AT_LEAST = 10;

export const SUPPRESSION_RULE =
  'Counts from 1 to 4 are shown as "fewer than 5" (<5). No totals are published, so a hidden count cannot be found by subtracting the others from a total. ' +
  'The age band and area tables count the same young carers (their totals agree), so in each of them, when a count is hidden, the next smallest counts are hidden too ("hidden") ' +
  'until the hidden counts add up to at least 10. Active cards are rounded to the nearest 10, so they cannot be combined with the month\'s other counts to recover a small one. ' +
  'Issued, renewed, expiring and ended count different cards (none is a total of the others).';

/** One cell: 0 and 5 up as they are, 1 to 4 as "<5". */
export function published(count: number): ReportCount {
  return count > 0 && count < SMALLEST_SHOWN ? '<5' : count;
}

/** A stock that would otherwise give away the flows beside it: rounded to the nearest 10, small ones still "<5". */
export function publishedRounded(count: number): ReportCount {
  if (count > 0 && count < SMALLEST_SHOWN) return '<5';
  return count === 0 ? 0 : Math.max(10, Math.round(count / 10) * 10);
}

/**
 * A breakdown of one population (everyone by age band, everyone by area):
 * primary suppression of 1 to 4, then the smallest shown counts are hidden
 * as well until the hidden ones add up to at least 10 (or every count is hidden).
 */
export function publishedBreakdown(counts: number[]): ReportCount[] {
  const out: ReportCount[] = counts.map(published);
  if (!out.includes('<5')) return out;
  let hiddenSum = counts.reduce((sum, count, i) => (out[i] === '<5' ? sum + count : sum), 0);
  const shown = counts.map((count, i) => ({ count, i })).filter(({ i, count }) => out[i] !== '<5' && count > 0).sort((a, b) => a.count - b.count);
  // At least two hidden cells, and their sum at least HIDDEN_AT_LEAST.
  let hiddenCells = out.filter((cell) => cell === '<5').length;
  for (const { count, i } of shown) {
    if (hiddenSum >= HIDDEN_AT_LEAST && hiddenCells >= 2) break;
    out[i] = 'hidden';
    hiddenSum += count;
    hiddenCells += 1;
  }
  return out;
}
