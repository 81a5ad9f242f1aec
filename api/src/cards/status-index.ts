import { randomInt } from 'node:crypto';
import type { Db } from '../db/database.ts';
import { highestStatusIndex, STATUS_LIST_SIZE } from '../verify/status-list.ts';

/**
 * A free status-list index for a new card: a random position in the list
 * being filled (the list of the highest index given so far), or, when that
 * list has no free position left, a random position in the next one. So
 * issuing never runs out (a 32-bit index allows 16,383 lists) and never
 * needs more than one try on a nearly full list.
 *
 * A taken random position moves to the first free one after it (wrapping to
 * the start of the list): an index lookup, plus, on a crowded list, one
 * range scan. The position stays unpredictable, since where the free gaps
 * are is itself the product of earlier random choices. Nothing is reserved
 * here: the unique index on Card.statusIndex decides between two requests
 * that found the same free index, and the loser tries again
 * (createCard()).
 */
export async function freeStatusIndex(db: Db): Promise<number> {
  const highest = await highestStatusIndex(db);
  for (let list = highest === null ? 0 : Math.floor(highest / STATUS_LIST_SIZE); ; list++) {
    const free = await freeIndexInList(db, list);
    if (free !== undefined) return free;
  }
}

async function freeIndexInList(db: Db, list: number): Promise<number | undefined> {
  const start = list * STATUS_LIST_SIZE;
  const end = start + STATUS_LIST_SIZE;
  const candidate = start + randomInt(STATUS_LIST_SIZE);
  if (await isFree(db, candidate)) return candidate;
  return (await firstFreeAfter(db, candidate, end)) ?? ((await isFree(db, start)) ? start : await firstFreeAfter(db, start, candidate));
}

async function isFree(db: Db, index: number): Promise<boolean> {
  return (await db.card.findUnique({ where: { statusIndex: index }, select: { id: true } })) === null;
}

/** The first free index in (from, before), `from` being taken: the end of the run of taken indexes that starts at `from`. */
async function firstFreeAfter(db: Db, from: number, before: number): Promise<number | undefined> {
  const rows = await db.$queryRaw<{ free: number | bigint }[]>`
    SELECT c."statusIndex" + 1 AS "free" FROM "Card" c
    WHERE c."statusIndex" >= ${from} AND c."statusIndex" + 1 < ${before}
      AND NOT EXISTS (SELECT 1 FROM "Card" n WHERE n."statusIndex" = c."statusIndex" + 1)
    ORDER BY c."statusIndex" LIMIT 1`;
  return rows[0] === undefined ? undefined : Number(rows[0].free);
}
