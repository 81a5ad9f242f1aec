import { toCardView } from './card-view.ts';
import type { CardDeps } from './deps.ts';
import { findCard } from './find-card.ts';
import type { CardView } from './schemas.ts';

/** One card as staff see it, with its token and verify link. */
export async function getCard(deps: Pick<CardDeps, 'db' | 'config' | 'clock'>, options: { cardId: string }): Promise<CardView> {
  return toCardView(await findCard(deps, options.cardId), deps.config.publicUrl, deps.clock());
}
