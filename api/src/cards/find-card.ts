import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { Card } from '../generated/sqlite/client.ts';

/** A card by id, or NOT_FOUND. */
export async function findCard(deps: Pick<AppDeps, 'db'>, id: string): Promise<Card> {
  const card = await deps.db.card.findUnique({ where: { id } });
  if (!card) throw new AppError('NOT_FOUND', 'No card with this id.');
  return card;
}
