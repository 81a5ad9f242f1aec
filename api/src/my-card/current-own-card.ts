import type { AppDeps } from '../deps.ts';
import type { Card } from '../generated/sqlite/client.ts';
import { currentCardOf } from '../holders/holder-view.ts';

/** The holder's current card (a new one as soon as it is issued), or undefined before the first. */
export async function currentOwnCard(deps: Pick<AppDeps, 'db'>, options: { holderId: string }): Promise<Card | undefined> {
  const cards = await deps.db.card.findMany({ where: { holderId: options.holderId }, orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }] });
  return currentCardOf(cards);
}

