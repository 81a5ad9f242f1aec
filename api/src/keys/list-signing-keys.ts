import type { AppDeps } from '../deps.ts';
import { toSigningKeyView } from './key-view.ts';
import type { SigningKeyView } from './schemas.ts';
import { CURRENT_CARD_STATUSES } from '../cards/schemas.ts';

export async function listSigningKeys(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<SigningKeyView[]> {
  const at = deps.clock();
  const keys = await deps.db.signingKey.findMany({ orderBy: { createdAt: 'desc' } });
  const counts = await deps.db.card.groupBy({
    by: ['kid'],
    where: { expiresAt: { gt: at }, status: { in: CURRENT_CARD_STATUSES } },
    _count: { _all: true },
  });
  const byKid = new Map(counts.map((c) => [c.kid, c._count._all]));
  return keys.map((k) => toSigningKeyView(k, byKid.get(k.kid) ?? 0));
}
