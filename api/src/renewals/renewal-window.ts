import type { Prisma } from '../generated/sqlite/client.ts';
import { CURRENT_CARD_STATUSES } from '../cards/schemas.ts';

const DAY_MS = 86_400_000;

/** Current cards (active or suspended) that run out within the window. */
export function expiringWithin(options: { now: Date; withinDays: number }): Prisma.CardWhereInput {
  const { now, withinDays } = options;
  return { status: { in: CURRENT_CARD_STATUSES }, expiresAt: { gt: now, lte: new Date(now.getTime() + withinDays * DAY_MS) } };
}
