import { setTimeout as sleep } from 'node:timers/promises';
import { databaseFault } from './errors.ts';

/** The first wait between two tries, doubled after each failure up to the longest. */
const FIRST_DELAY_MS = 250;
const LONGEST_DELAY_MS = 2_000;

/**
 * Runs `attempt` until it succeeds, trying again (after 0.25 s, 0.5 s, 1 s,
 * then every 2 s) for as long as it fails because the database cannot be
 * reached (databaseFault 'unavailable'); any other failure is thrown at once.
 * Resolves undefined when `signal` aborts while waiting.
 */
export async function retryWhileDatabaseUnavailable<T>(
  attempt: () => Promise<T>,
  options: {
    signal: AbortSignal;
    /** Called before each wait, with the failure and the try it ended (1, 2, ...). */
    onWait(info: { error: unknown; attempt: number; delayMs: number }): void | Promise<void>;
    firstDelayMs?: number;
    longestDelayMs?: number;
  },
): Promise<T | undefined> {
  const { signal, onWait } = options;
  let delayMs = options.firstDelayMs ?? FIRST_DELAY_MS;
  for (let n = 1; ; n += 1) {
    if (signal.aborted) return undefined;
    try {
      return await attempt();
    } catch (error) {
      if (databaseFault(error) !== 'unavailable') throw error;
      if (signal.aborted) return undefined;
      await onWait({ error, attempt: n, delayMs });
      try {
        await sleep(delayMs, undefined, { signal });
      } catch {
        return undefined; // aborted
      }
      delayMs = Math.min(delayMs * 2, options.longestDelayMs ?? LONGEST_DELAY_MS);
    }
  }
}
